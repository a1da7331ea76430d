/**
 * 倒查追责 (issue 24): every action on record and any tampering visible. {@link gx.zhicheng.audit.AuditLog} appends who
 * did what, when, from where and to what (syncs, re-syncs, re-checks, dead-letter retries, decisions, logins, settings
 * changes) to audit_event; {@link gx.zhicheng.audit.AuditChain} links every verdict, decision, archive entry and audit
 * event into one SHA-256 hash chain, which {@link gx.zhicheng.audit.ChainVerifier} walks (GET /api/ops/audit/verify,
 * {@code --zhicheng.audit.verify=true}). It sits just above system so that the steps of the flow can record into it.
 *
 * <p>Owns the tables {@code audit_event}, {@code chain_entry}, {@code chain_head} and {@code purged_entry} (docs/tables.md).
 * The chained tables of the other modules (verdict, verdict_input and decision of review, archive_entry of push) are
 * append-only for their owners; the one other change, retention's purge of a row or of its personal parts, belongs to
 * the chain: {@link gx.zhicheng.audit.ChainedPurge} deletes each with its purged_entry record in one transaction, through
 * V192's SECURITY DEFINER functions on PostgreSQL (the only way the application's role can) and their twin SQL on H2.
 * Retention calls it directly, as the owners could not do it without writing purged_entry themselves.
 */
@ApplicationModule(allowedDependencies = {"system", "web"})
package gx.zhicheng.audit;

import org.springframework.modulith.ApplicationModule;
