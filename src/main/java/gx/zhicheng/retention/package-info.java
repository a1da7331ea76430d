/**
 * Retention of personal data (routes/retention.camel.yaml): declarations, their feed data, verdicts and
 * pushes are purged once past the retention period after their declaration year closed. It owns no table: it decides
 * what is past retention and calls each owner's purge method in one transaction (docs/tables.md), which is why it
 * sits on top of the steps whose tables it purges.
 */
@ApplicationModule(allowedDependencies = {"system", "runs", "audit", "review", "pull", "push"})
package gx.zhicheng.retention;

import org.springframework.modulith.ApplicationModule;
