/**
 * The pre-review rules (预审规则) of docs/contract/rules.md, as plain Java: the domain core of the flow.
 * {@link gx.zhicheng.rules.RuleEngine} turns a {@link gx.zhicheng.rules.Dossier} (a declaration plus what the
 * social-security and continuing-education feeds and the integrity archive said) into a
 * {@link gx.zhicheng.rules.Verdict}, every rule evaluated and every finding reported at once (一次性告知); one class
 * per rule, named after its code ({@link gx.zhicheng.rules.RuleCode}); operator decisions on VERIFY findings
 * ({@link gx.zhicheng.rules.Decision}) are applied after the rules; the office directory of the notice's
 * attachment 3 names the office that answers for a declaration. Its types are what the steps of the flow exchange.
 * <p>No Spring, Camel or JDBC type appears here ({@code RulesAreFrameworkFreeTest}): the rules can be read, tested and
 * replayed without the adapter around them. Storing, queueing and deciding live in {@code review}.
 */
@ApplicationModule(allowedDependencies = {"system"})
package gx.zhicheng.rules;

import org.springframework.modulith.ApplicationModule;
