package gx.zhicheng.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one place that turns on Spring's @Scheduled methods (the statistics gauges' refresh). The sync, the
 * re-check and the retention run on Quartz through their routes, not here.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {}
