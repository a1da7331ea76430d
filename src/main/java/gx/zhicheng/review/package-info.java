/**
 * The pre-review rules (预审规则) of docs/contract/rules.md: plain Java, no Camel or Spring types.
 * {@link gx.zhicheng.review.RuleEngine} turns a {@link gx.zhicheng.review.Dossier} (a declaration plus
 * what the SI and CE feeds and the integrity archive said) into a {@link gx.zhicheng.review.Verdict}.
 * One class per rule, named after its code; gating (which rule needs what) is declared by each rule.
 * Operator decisions on VERIFY findings ({@link gx.zhicheng.review.Decision}) are applied after the rules.
 */
package gx.zhicheng.review;
