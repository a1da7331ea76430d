/**
 * Step 3 of the flow: the review. The pre-review rules (预审规则) of docs/contract/rules.md are plain Java with
 * no Camel or Spring types: {@link gx.zhicheng.review.RuleEngine} turns a {@link gx.zhicheng.review.Dossier}
 * (a declaration plus what the SI and CE feeds and the integrity archive said) into a
 * {@link gx.zhicheng.review.Verdict}; one class per rule, named after its code. Operator decisions on VERIFY
 * findings ({@link gx.zhicheng.review.Decision}) are applied after the rules.
 *
 * <p>Around the rules, the step's own storage: the queue of declarations waiting for review and the re-check
 * queue, the workers that claim batches, {@link gx.zhicheng.review.VerdictRecorder} (runs the rules and records
 * each verdict with its push in one transaction) and the decision audit log. The domain types are this module's
 * API, used by the steps on either side.
 */
@ApplicationModule(allowedDependencies = {"system", "flow", "runs", "audit"})
package gx.zhicheng.review;

import org.springframework.modulith.ApplicationModule;
