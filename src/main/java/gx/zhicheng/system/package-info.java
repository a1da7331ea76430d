/**
 * Infrastructure that every module uses and that knows nothing of the flow: the typed settings
 * ({@link gx.zhicheng.system.ZhichengProperties}), masking of personal data in logs, hashing, SQL helpers and
 * row claims, the instance's identity, the clock and JSON set-up, the worker pools, the reader of the
 * reference CSVs of config/, the classification of remote failures and the circuit breakers, and web security.
 * It depends on no other module.
 */
@ApplicationModule(displayName = "system (infrastructure)", allowedDependencies = {})
package gx.zhicheng.system;

import org.springframework.modulith.ApplicationModule;
