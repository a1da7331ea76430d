/**
 * Step 4 of the flow: the outbox. Sends each due push (verdicts to the platform, integrity-archive entries
 * after a confirmed falsification) with the Idempotency-Key fixed when it was recorded, marks what the
 * platform accepted, retries what failed transiently, dead-letters what failed for good, and fetches a
 * declaration again after a 409 (stale version).
 */
@ApplicationModule(allowedDependencies = {"system", "flow", "runs", "review", "pull", "audit"})
package gx.zhicheng.push;

import org.springframework.modulith.ApplicationModule;
