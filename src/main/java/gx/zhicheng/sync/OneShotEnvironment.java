package gx.zhicheng.sync;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One-shot mode (zhicheng.sync.run-once=true) starts no web server: a cron job that runs one cycle and exits
 * has no operator console, API or health endpoint anyone could reach in time, and Tomcat, Spring MVC, Spring
 * Security and the actuator's endpoints were a third of the start-up (docs/benchmark.md, start-up). An explicit
 * spring.main.web-application-type still wins, e.g. --spring.main.web-application-type=servlet to keep the
 * endpoints during a long one-shot run.
 */
class OneShotEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String WEB_TYPE = "spring.main.web-application-type";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty("zhicheng.sync.run-once", Boolean.class, false) && !environment.containsProperty(WEB_TYPE)) {
            environment.getPropertySources().addLast(new MapPropertySource("zhichengOneShot", Map.of(WEB_TYPE, "none")));
        }
    }

    @Override
    public int getOrder() {
        // after the configuration files are read: run-once may come from config/application.yaml
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
