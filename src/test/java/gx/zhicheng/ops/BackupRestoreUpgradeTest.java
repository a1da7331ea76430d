package gx.zhicheng.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.ZhichengSyncApplication;
import gx.zhicheng.mocks.FixedClock;
import gx.zhicheng.mocks.MockedProvince;
import gx.zhicheng.runs.SyncRuns;
import gx.zhicheng.sync.SyncLauncher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * docs/operators.md, Backup, restore, upgrade, tried as an operator would on PostgreSQL: a pg_dump of the adapter's
 * schema restored with psql into a fresh schema carries on where the backup stopped (the next run pushes nothing
 * twice); a database of the last release (src/test/resources/upgrade/1176ecb.sql.gz, its schema and a sample run)
 * is migrated forward by Flyway at start and its next run pushes nothing already pushed. Each adapter is started as
 * an application of its own, so that the province's mocks (and their journal of PUTs) stay the same across the
 * adapters, as the real platform would.
 */
@EnabledIfSystemProperty(named = "test.db", matches = "postgres",
        disabledReason = "pg_dump and psql are PostgreSQL's; CI runs it with -Dtest.db=postgres")
class BackupRestoreUpgradeTest {

    private static final String URL = System.getProperty("test.db.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("test.db.user", "postgres");
    private static final String PASSWORD = System.getProperty("test.db.password", "");

    private final List<String> schemas = new ArrayList<>();

    @BeforeEach
    void freshProvince() {
        MockedProvince.reset();
    }

    @AfterEach
    void dropSchemas() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            for (String schema : schemas) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void aDumpRestoredIntoAFreshSchemaCarriesOnWithoutPushingTwice() throws Exception {
        String original = schema();
        int pushedBefore;
        try (ConfigurableApplicationContext adapter = adapter(original)) {
            SyncRuns.Run run = adapter.getBean(SyncLauncher.class).runNow("TEST", null);
            assertThat(run.state()).isEqualTo("SUCCEEDED");
            pushedBefore = run.pushed();
        }
        assertThat(pushedBefore).as("the samples' verdicts pushed").isPositive();
        assertThat(puts()).hasSize(pushedBefore);

        // the backup (docs/operators.md): pg_dump -n <schema>; restored under another name with psql
        String dump = run(List.of("pg_dump", "-h", host(), "-p", port(), "-U", USER, "-d", database(), "-n", original,
                "--no-owner", "--no-privileges"), null);
        String restored = schema();
        psql(dump.replace(original, restored));
        dropNow(original); // the original is gone: the adapter below can only have read the restored one

        try (ConfigurableApplicationContext adapter = adapter(restored)) {
            JdbcTemplate jdbc = adapter.getBean(JdbcTemplate.class);
            SyncRuns.Run run = adapter.getBean(SyncLauncher.class).runNow("TEST", null);
            assertThat(run.state()).isEqualTo("SUCCEEDED");
            assertThat(puts().size()).as("PUTs after the restore").isEqualTo(pushedBefore);
            assertNothingPushedTwice();
            assertThat(run.pushed()).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE state = 'SENT'", Integer.class))
                    .isEqualTo(pushedBefore);
        }
    }

    @Test
    void aDatabaseOfTheLastReleaseIsMigratedAndItsNextRunPushesNothingAgain() throws Exception {
        String sql;
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/upgrade/1176ecb.sql.gz"))) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String schema = schema();
        psql(sql.replace("upgrade_1176ecb", schema));
        try (ConfigurableApplicationContext adapter = adapter(schema)) {
            JdbcTemplate jdbc = adapter.getBean(JdbcTemplate.class);
            // Flyway took the release's V150 forward at start
            assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success", String.class))
                    .contains("150", "160");
            List<String> pushedByTheLastRelease = jdbc.queryForList(
                    "SELECT declaration_id FROM outbox WHERE state = 'SENT'", String.class);
            assertThat(pushedByTheLastRelease).hasSize(59);
            SyncRuns.Run run = adapter.getBean(SyncLauncher.class).runNow("TEST", null);
            assertThat(run.state()).isEqualTo("SUCCEEDED");
            // the samples of today's mocks that the last release never saw (rules 2022.2 added some) are pushed once;
            // none that it had pushed goes again
            assertThat(puts().stream().filter(url -> pushedByTheLastRelease.stream()
                    .anyMatch(id -> url.equals("/api/v1/declarations/" + id + "/pre-review"))).toList())
                    .as("PUTs of verdicts the last release had pushed").isEmpty();
            assertThat(puts()).hasSize(run.pushed());
            assertNothingPushedTwice();
        }
    }

    /** The adapter as a test starts it (MockedProvince.registerPlatform), on {@code schema}, with the fixed clock. */
    private ConfigurableApplicationContext adapter(String schema) {
        Map<String, Object> p = new LinkedHashMap<>();
        String url = "http://127.0.0.1:" + MockedProvince.server().port();
        p.put("zhicheng.platform.base-url", url);
        p.put("zhicheng.platform.client-id", "demo-client");
        p.put("zhicheng.platform.client-secret", "demo-secret");
        for (String feed : new String[] {"si", "ce"}) {
            p.put("zhicheng.feeds." + feed + ".base-url", url);
            p.put("zhicheng.feeds." + feed + ".app-key", "demo-app");
            p.put("zhicheng.feeds." + feed + ".app-secret", "demo-secret");
        }
        p.put("zhicheng.platform.page-size", String.valueOf(MockedProvince.PAGE_SIZE));
        p.put("zhicheng.platform.max-requests-per-second", "1000");
        p.put("zhicheng.retry.initial-delay-ms", "50");
        p.put("zhicheng.retry.max-delay-ms", "200");
        p.put("zhicheng.sync.scheduled", "false");
        p.put("zhicheng.sync.on-startup", "false");
        p.put("zhicheng.outbox.drain-enabled", "false");
        p.put("spring.datasource.url", URL + "?currentSchema=" + schema);
        p.put("spring.datasource.username", USER);
        p.put("spring.datasource.password", PASSWORD);
        p.put("spring.datasource.hikari.maximum-pool-size", "4");
        p.put("spring.flyway.schemas", schema);
        return new SpringApplicationBuilder(ZhichengSyncApplication.class, Clocks.class)
                .web(WebApplicationType.NONE).properties(p).run();
    }

    /** FixedClock's clock (its class cannot be a source here: its bean and its class would share a name). */
    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        Clock testClock() {
            return Clock.fixed(FixedClock.NOW, ZoneId.of("Asia/Shanghai"));
        }
    }

    private String schema() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        schemas.add(name);
        return name;
    }

    private static void dropNow(String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static List<String> puts() {
        return MockedProvince.server().findAll(putRequestedFor(anyUrl())).stream().map(r -> r.getUrl()).toList();
    }

    private static void assertNothingPushedTwice() {
        Map<String, Long> twice = puts().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        twice.values().removeIf(n -> n < 2);
        assertThat(twice).as("declarations pushed more than once").isEmpty();
    }

    private static void psql(String script) throws IOException, InterruptedException {
        run(List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", host(), "-p", port(), "-U", USER, "-d", database()), script);
    }

    private static String run(List<String> command, String input) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PGPASSWORD", PASSWORD);
        builder.environment().put("PGOPTIONS", "--client-min-messages=warning");
        Path err = Files.createTempFile("h21b-pg", ".err");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        if (input != null) {
            try (var stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        } else {
            process.getOutputStream().close();
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        String stderr = Files.readString(err);
        Files.delete(err);
        assertThat(code).as(command.get(0) + ": " + stderr).isZero();
        return out;
    }

    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+)");

    private static Matcher url() {
        Matcher m = JDBC.matcher(URL);
        assertThat(m.lookingAt()).as("test.db.url " + URL).isTrue();
        return m;
    }

    private static String host() {
        return url().group(1);
    }

    private static String port() {
        return url().group(2) == null ? "5432" : url().group(2);
    }

    private static String database() {
        return url().group(3);
    }
}
