package gx.zhicheng.system;

import java.util.Map;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * No silent H2 in production. Without a datasource URL Spring Boot would start on an in-memory H2 (lost at every
 * restart) and the jar once defaulted to an H2 file under ./data/: either way a deployment that forgot
 * SPRING_DATASOURCE_URL ran, seemingly fine, on a database nobody backs up. Now an embedded H2 file needs
 * {@code zhicheng.database.embedded=true} (the README's quick start, the demo); otherwise the start-up stops,
 * naming the setting. An explicit URL (PostgreSQL, or an in-memory H2 in the tests) is taken as given; an H2 file
 * URL needs the setting too.
 *
 * <p>Checked before any bean is made (as {@link PostgresUserRequired}), when every property source is in place:
 * a test's dynamic properties arrive after the environment post-processors have run.
 */
@Component
class DatabaseRequired implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String URL = "spring.datasource.url";
    static final String EMBEDDED = "zhicheng.database.embedded";
    /** WRITE_DELAY=0: H2 writes each commit at once; by default it waits up to 500 ms, and a process killed in that
     * time would lose a verdict already pushed, then push it again under the same key with another body. */
    static final String EMBEDDED_URL =
            "jdbc:h2:file:./data/zhicheng;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    private ConfigurableEnvironment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = (ConfigurableEnvironment) environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(environment);
    }

    static void check(ConfigurableEnvironment environment) {
        String url = environment.getProperty(URL);
        boolean embedded = environment.getProperty(EMBEDDED, Boolean.class, false);
        if (url == null || url.isBlank()) {
            if (!embedded) {
                throw new IllegalStateException("Missing configuration: " + URL + " (SPRING_DATASOURCE_URL), e.g. "
                        + "jdbc:postgresql://db:5432/zhicheng with the postgres profile; or " + EMBEDDED
                        + "=true (ZHICHENG_DATABASE_EMBEDDED) for an embedded H2 file under ./data/, for a trial only");
            }
            environment.getPropertySources().addLast(new MapPropertySource("zhichengEmbeddedDatabase", Map.of(
                    URL, EMBEDDED_URL, "spring.datasource.username", "sa", "spring.datasource.password", "")));
        } else if (url.startsWith("jdbc:h2:file:") && !embedded) {
            throw new IllegalStateException("An embedded H2 file database (" + URL + "=" + url + ") needs " + EMBEDDED
                    + "=true; a production deployment sets SPRING_DATASOURCE_URL to its PostgreSQL");
        }
    }
}
