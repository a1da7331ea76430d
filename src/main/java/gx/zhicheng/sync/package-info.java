/**
 * The cycle on top of the steps: starts a sync run (scheduled by the evaluation calendar's phases, on start-up,
 * by an operator, or once with an exit code), guards it against a second run at the same time, exposes its
 * gauges.
 */
@ApplicationModule(allowedDependencies = {"system", "remote", "runs", "rules", "review", "pull", "enrich", "push", "audit", "flow"})
package gx.zhicheng.sync;

import org.springframework.modulith.ApplicationModule;
