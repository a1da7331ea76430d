/**
 * The review step of the flow (routes/review-declarations.camel.yaml, recheck-declarations.camel.yaml): the queue of
 * declarations waiting for review and the re-check queue, the workers that claim a batch, the recorder that runs the
 * rules of {@code rules} on each enriched declaration and records its verdict with its push in one transaction
 * ({@link gx.zhicheng.review.VerdictRecorder}), the inputs each verdict was computed from and their replay, the latest
 * verdict of each declaration, and the office's decisions on VERIFY findings with their log. The rules themselves are
 * plain Java in {@code rules}; this module is where they meet the database and Camel.
 */
@ApplicationModule(allowedDependencies = {"system", "runs", "audit", "rules"})
package gx.zhicheng.review;

import org.springframework.modulith.ApplicationModule;
