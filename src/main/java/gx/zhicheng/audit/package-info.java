/**
 * 倒查追责 (issue 24): every action on record and any tampering visible. {@link gx.zhicheng.audit.AuditLog} appends who
 * did what, when, from where and to what (syncs, re-syncs, re-checks, dead-letter retries, decisions, logins, settings
 * changes) to audit_event; {@link gx.zhicheng.audit.AuditChain} links every verdict, decision, archive entry and audit
 * event into one SHA-256 hash chain, which {@link gx.zhicheng.audit.ChainVerifier} walks (GET /api/ops/audit/verify,
 * {@code --zhicheng.audit.verify=true}). It sits just above system so that the steps of the flow can record into it.
 */
@ApplicationModule(allowedDependencies = {"system", "web"})
package gx.zhicheng.audit;

import org.springframework.modulith.ApplicationModule;
