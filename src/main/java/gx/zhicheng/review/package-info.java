/**
 * The review step of the flow (routes/review-declarations.camel.yaml, recheck-declarations.camel.yaml): the queue of
 * declarations waiting for review and the re-check queue, the workers that claim a batch, the recorder that runs the
 * rules of {@code rules} on each enriched declaration and records its verdict with its push in one transaction
 * ({@link gx.zhicheng.review.VerdictRecorder}), the inputs each verdict was computed from and their replay, the latest
 * verdict of each declaration, and the office's decisions on VERIFY findings with their log. The rules themselves are
 * plain Java in {@code rules}; this module is where they meet the database and Camel.
 *
 * <p>Owns the tables {@code declaration}, {@code verdict}, {@code verdict_input} and {@code decision}
 * (docs/tables.md): the others ask {@link gx.zhicheng.review.ReviewQueue} to store a version, put a declaration back in
 * the queue or give claims back. A verdict's push goes to the outbox, push's table, through
 * {@link gx.zhicheng.review.VerdictPushes}, which push implements. The chained rows are purged by the chain (audit).
 */
@ApplicationModule(allowedDependencies = {"system", "runs", "audit", "rules", "flow"})
package gx.zhicheng.review;

import org.springframework.modulith.ApplicationModule;
