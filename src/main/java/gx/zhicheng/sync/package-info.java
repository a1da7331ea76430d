/**
 * The cycle on top of the steps: starts a sync run (scheduled by the evaluation calendar's phases, on start-up,
 * by an operator, or once with an exit code), guards it against a second run at the same time, exposes its
 * gauges, and refreshes what must be fresh before a remote call is retried.
 */
@ApplicationModule(allowedDependencies = {"system", "flow", "runs", "review", "pull", "enrich", "push", "audit"})
package gx.zhicheng.sync;

import org.springframework.modulith.ApplicationModule;
