/**
 * Step 4 of the flow: the outbox. Sends each due push (verdicts to the platform, integrity-archive entries
 * after a confirmed falsification) with the Idempotency-Key fixed when it was recorded, marks what the
 * platform accepted, retries what failed transiently, dead-letters what failed for good, and fetches a
 * declaration again after a 409 (stale version).
 *
 * <p>Owns the tables {@code outbox}, {@code dead_letter} and {@code archive_entry} (docs/tables.md):
 * {@link gx.zhicheng.push.Outbox} writes the verdicts' pushes for the review (as its
 * {@link gx.zhicheng.review.VerdictPushes}), an operator's retry of a dead letter, and claims given back; the expired
 * archive entries are purged by the chain (audit).
 */
@ApplicationModule(allowedDependencies = {"system", "remote", "runs", "rules", "review", "pull", "audit", "flow"})
package gx.zhicheng.push;

import org.springframework.modulith.ApplicationModule;
