package gx.zhicheng.audit;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code --zhicheng.audit.verify=true} walks the chain and exits: no web server, no sync at start-up, no schedule (an
 * explicit setting of either still wins).
 */
class VerifyEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty("zhicheng.audit.verify", Boolean.class, false)) {
            environment.getPropertySources().addLast(new MapPropertySource("zhichengAuditVerify", Map.of(
                    "spring.main.web-application-type", "none",
                    "zhicheng.sync.on-startup", "false",
                    "spring.quartz.auto-startup", "false")));
        }
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
