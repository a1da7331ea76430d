/**
 * The operator side: the operator API under /api/ops (runs, declarations, VERIFY queue, dead letters,
 * re-sync) and the console at /console/ that office staff use. Controllers stay thin; each reads the
 * database through a small query class named for what it reads. Who may call what is set in
 * gx.zhicheng.system.SecurityConfig.
 */
@ApplicationModule(allowedDependencies = {"system", "runs", "review", "pull", "push", "sync"})
package gx.zhicheng.ops;

import org.springframework.modulith.ApplicationModule;
