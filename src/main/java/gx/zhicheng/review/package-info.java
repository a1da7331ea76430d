/**
 * The review step of the flow (routes/review-declarations.camel.yaml, recheck-declarations.camel.yaml): the queue of
 * declarations waiting for review and the re-check queue, the workers that claim a batch, the recorder that runs the
 * rules of {@code rules} on each enriched declaration and records its verdict with its push in one transaction
 * ({@link gx.zhicheng.review.VerdictRecorder}), the inputs each verdict was computed from and their replay, the latest
 * verdict of each declaration, and the office's decisions on VERIFY findings: the workflow
 * ({@link gx.zhicheng.review.FindingDecisions}: what may be decided, the second approver of a confirmed falsification,
 * the archive entry, the review again with the decision applied) and its log. The rules themselves are
 * plain Java in {@code rules}; this module is where they meet the database and Camel.
 *
 * <p>Owns the tables {@code declaration}, {@code verdict}, {@code verdict_input}, {@code decision} and
 * {@code falsification_request} (docs/tables.md): the others ask {@link gx.zhicheng.review.ReviewQueue} to store a version, put a declaration back in
 * the queue or give claims back. A verdict's push goes to the outbox, push's table, through
 * {@link gx.zhicheng.review.VerdictPushes}, which push implements, and a confirmed falsification's archive entry through
 * {@link gx.zhicheng.review.FalsificationArchive}. The chained rows are purged by the chain (audit).
 */
@ApplicationModule(allowedDependencies = {"system", "runs", "audit", "rules", "flow", "web"})
package gx.zhicheng.review;

import org.springframework.modulith.ApplicationModule;
