package gx.zhicheng.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.zhicheng.ZhichengSyncApplication;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** No silent H2 in production: a missing datasource stops the start-up unless an embedded database is asked for. */
class DatabaseRequiredTest {

    private static final String[] REMOTES = {
            "--zhicheng.platform.base-url=http://127.0.0.1:9", "--zhicheng.platform.client-id=c",
            "--zhicheng.platform.client-secret=s",
            "--zhicheng.feeds.si.base-url=http://127.0.0.1:9", "--zhicheng.feeds.si.app-key=k", "--zhicheng.feeds.si.app-secret=s",
            "--zhicheng.feeds.ce.base-url=http://127.0.0.1:9", "--zhicheng.feeds.ce.app-key=k", "--zhicheng.feeds.ce.app-secret=s",
            "--zhicheng.sync.scheduled=false"};

    @Test
    void theAdapterWithoutADatasourceDoesNotStartAndNamesTheVariable() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ZhichengSyncApplication.class)
                .web(WebApplicationType.NONE).run(REMOTES).close())
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("zhicheng.database.embedded=true");
    }

    @Test
    void anEmbeddedFileDatabaseOnlyWhenAskedFor() {
        StandardEnvironment asked = environment(Map.of("zhicheng.database.embedded", "true"));
        DatabaseRequired.check(asked);
        assertThat(asked.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:./data/zhicheng;");

        assertThatThrownBy(() -> DatabaseRequired.check(environment(Map.of(
                "spring.datasource.url", "jdbc:h2:file:./data/zhicheng"))))
                .hasMessageContaining("zhicheng.database.embedded=true").hasMessageContaining("SPRING_DATASOURCE_URL");

        StandardEnvironment postgres = environment(Map.of("spring.datasource.url", "jdbc:postgresql://db:5432/zhicheng"));
        DatabaseRequired.check(postgres);
        assertThat(postgres.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db:5432/zhicheng");
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
