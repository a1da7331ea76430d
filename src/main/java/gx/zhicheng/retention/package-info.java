/**
 * Retention of personal data (routes/retention.camel.yaml): declarations, their feed data, verdicts and
 * pushes are purged once past the retention period after their declaration year closed.
 */
@ApplicationModule(allowedDependencies = {"system", "audit"})
package gx.zhicheng.retention;

import org.springframework.modulith.ApplicationModule;
