/**
 * The operator side: the operator API under /api/ops (runs, declarations, VERIFY queue, dead letters,
 * re-sync) and the console at /console/ that office staff use. Controllers stay thin; each reads the
 * database through a small query class named for what it reads, limited in SQL to the user's offices
 * (gx.zhicheng.web.OfficeScope, a controller argument); personal data is masked unless the user holds
 * PERSONAL_DATA ({@link gx.zhicheng.ops.PersonalData}, which logs every full read). Who may call what is set in
 * gx.zhicheng.web.SecurityConfig; docs/operators.md says it for the offices.
 *
 * <p>Owns the table {@code personal_data_access} (docs/tables.md); what it changes elsewhere it asks the owner for (a
 * decision on a finding from review's FindingDecisions, a dead letter's push back in the outbox).
 */
@ApplicationModule(allowedDependencies = {"system", "web", "remote", "runs", "rules", "review", "pull", "push", "sync", "audit", "flow"})
package gx.zhicheng.ops;

import org.springframework.modulith.ApplicationModule;
