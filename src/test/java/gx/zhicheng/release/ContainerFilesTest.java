package gx.zhicheng.release;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.ops.OpsFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * The Dockerfile and compose.yaml, read without a container engine (these machines reach no image registry): the
 * image runs as a user that is not root, copies the jar `mvn package` builds, sizes the heap from the container's
 * limit and checks a health URL the adapter serves without login; compose gives the adapter every setting it
 * requires, with PostgreSQL as its database.
 */
@AutoConfigureTestRestTemplate
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContainerFilesTest {

    /** The settings without a default: the adapter does not start without each (SettingsDefaultsTest names them). */
    static final List<String> REQUIRED = List.of("ZHICHENG_PLATFORM_BASEURL", "ZHICHENG_PLATFORM_CLIENTID",
            "ZHICHENG_PLATFORM_CLIENTSECRET", "ZHICHENG_FEEDS_SI_BASEURL", "ZHICHENG_FEEDS_SI_APPKEY",
            "ZHICHENG_FEEDS_SI_APPSECRET", "ZHICHENG_FEEDS_CE_BASEURL", "ZHICHENG_FEEDS_CE_APPKEY",
            "ZHICHENG_FEEDS_CE_APPSECRET", "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
            "SPRING_DATASOURCE_PASSWORD");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        OpsFixtures.registerSampleProvince(registry);
    }

    @Autowired
    TestRestTemplate rest;

    private final String dockerfile = read("Dockerfile");

    @Test
    void theImageRunsTheBuiltJarAsAUserThatIsNotRoot() throws IOException {
        assertThat(instruction("FROM")).matches("eclipse-temurin:17-jre.*");
        String user = instruction("USER").split(":")[0];
        assertThat(user).isNotIn("root", "0").isNotBlank();

        String copied = instruction("COPY").split("\\s+")[0];
        String finalName = single(Pattern.compile("<finalName>([^<$]+)</finalName>"), read("pom.xml"));
        assertThat(copied).isEqualTo("target/" + finalName + ".jar");
        assertThat(instruction("ENTRYPOINT")).contains(instruction("COPY").split("\\s+")[1]);
        // the heap follows the container's memory limit
        assertThat(instruction("ENV")).contains("-XX:MaxRAMPercentage=");
    }

    @Test
    void theHealthCheckAsksAUrlTheAdapterAnswersWithoutLogin() {
        String url = single(Pattern.compile("HEALTHCHECK[^\\n]*\\n?.*?(http://127\\.0\\.0\\.1:8080(/\\S+))", Pattern.DOTALL), dockerfile);
        String path = url.substring(url.indexOf("/actuator"));
        assertThat(rest.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(instruction("EXPOSE")).isEqualTo("8080");
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeGivesTheAdapterEverySettingItRequiresAndItsPostgresql() {
        Map<String, Object> compose = new Yaml().load(read("compose.yaml"));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, Object> adapter = (Map<String, Object>) services.get("adapter");
        Map<String, Object> environment = (Map<String, Object>) adapter.get("environment");
        assertThat(environment).containsKeys(REQUIRED.toArray(String[]::new));
        assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");

        String url = (String) environment.get("SPRING_DATASOURCE_URL");
        String host = single(Pattern.compile("jdbc:postgresql://([^:/]+)"), url);
        Map<String, Object> db = (Map<String, Object>) services.get(host);
        assertThat(db).as("the service the datasource URL names").isNotNull();
        assertThat((String) db.get("image")).startsWith("postgres:");
        Map<String, Object> dbEnvironment = (Map<String, Object>) db.get("environment");
        assertThat(url).endsWith("/" + dbEnvironment.get("POSTGRES_DB"));
        assertThat(environment.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(dbEnvironment.get("POSTGRES_USER"));
        assertThat(environment.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(dbEnvironment.get("POSTGRES_PASSWORD"));
        assertThat(((Map<String, Object>) adapter.get("depends_on")).keySet()).contains(host);
    }

    private String instruction(String name) {
        return single(Pattern.compile("(?m)^" + name + "\\s+(.+)$"), dockerfile).strip();
    }

    private static String single(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return m.group(1);
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
