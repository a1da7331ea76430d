package gx.zhicheng.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mock.env.MockEnvironment;

/** The postgres profile names no database user of its own, and refuses to start without one. */
class PostgresUserRequiredTest {

    @Test
    void refusesToStartWithoutADatabaseUser() throws IOException {
        MockEnvironment environment = new MockEnvironment();
        // the profile's own file, as deployed: its username is empty unless SPRING_DATASOURCE_USERNAME is set
        new YamlPropertySourceLoader().load("postgres", new FileSystemResource(Path.of("src/main/resources/application-postgres.yaml")))
                .forEach(source -> environment.getPropertySources().addLast(source));

        assertThatThrownBy(() -> PostgresUserRequired.check(environment))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("spring.datasource.username");
    }

    @Test
    void startsWithTheUserGiven() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.username", "zhicheng");

        assertThatCode(() -> PostgresUserRequired.check(environment)).doesNotThrowAnyException();
    }
}
