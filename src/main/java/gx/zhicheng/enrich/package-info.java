/**
 * Step 2 of the flow: enrich a claimed batch of declarations with what the social-security (社保) and
 * continuing-education (继续教育) feeds say (one signed batch query each) and with the integrity archive,
 * and assemble each declaration's {@link gx.zhicheng.rules.Dossier} for the rules.
 */
@ApplicationModule(allowedDependencies = {"system", "remote", "rules", "review", "flow"})
package gx.zhicheng.enrich;

import org.springframework.modulith.ApplicationModule;
