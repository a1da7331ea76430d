/**
 * The operator side: the operator API under /api/ops (runs, declarations, VERIFY queue, dead letters,
 * re-sync) and the console at /console/ that office staff use. Controllers stay thin; each reads the
 * database through a small query class named for what it reads, limited in SQL to the user's offices
 * (gx.zhicheng.system.OfficeScope, a controller argument); personal data is masked unless the user holds
 * PERSONAL_DATA ({@link gx.zhicheng.ops.PersonalData}, which logs every full read). Who may call what is set in
 * gx.zhicheng.system.SecurityConfig; docs/operators.md says it for the offices.
 */
@ApplicationModule(allowedDependencies = {"system", "flow", "runs", "review", "pull", "push", "sync", "audit"})
package gx.zhicheng.ops;

import org.springframework.modulith.ApplicationModule;
