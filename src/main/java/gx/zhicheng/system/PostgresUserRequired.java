package gx.zhicheng.system;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The postgres profile has no default database user: without one the driver would log in as whoever runs the
 * process (often the superuser postgres). Checked before any bean, so no connection is ever tried without it.
 */
@Component
@Profile("postgres")
class PostgresUserRequired implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(environment);
    }

    static void check(Environment environment) {
        String user = environment.getProperty("spring.datasource.username");
        if (user == null || user.isBlank()) {
            throw new IllegalStateException("Missing or invalid configuration: spring.datasource.username "
                    + "(SPRING_DATASOURCE_USERNAME): the postgres profile needs the adapter's own database user");
        }
    }
}
