package gx.zhicheng.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.mocks.FixedClock;
import gx.zhicheng.sync.SyncLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * The dashboard and the alert rules of docs/monitoring/ query only metrics the adapter serves: every metric name in
 * their PromQL is in /actuator/prometheus after a sample sync. A renamed meter (or a typo in a query) would leave a
 * panel empty and an alert silent for good; this fails instead.
 */
@AutoConfigureTestRestTemplate
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMetrics
@Import(FixedClock.class)
class PrometheusQueriesTest {

    private static final Path DASHBOARD = Path.of("docs/monitoring/grafana-dashboard.json");
    private static final Path RULES = Path.of("docs/monitoring/alert-rules.yml");

    /** PromQL words that are not metric names (functions are recognised by their parenthesis). */
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "and", "or", "unless", "offset", "inf", "nan");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w:.])([a-zA-Z_:][a-zA-Z0-9_:]*)(?!\\w)(\\s*\\()?");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        OpsFixtures.registerSampleProvince(registry);
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    SyncLauncher launcher;

    @Test
    void everyMetricTheDashboardAndTheAlertsQueryIsServed() throws IOException {
        Map<String, String> queried = new TreeMap<>(); // metric -> the first query naming it
        dashboardQueries().forEach(q -> metricNames(q).forEach(m -> queried.putIfAbsent(m, q)));
        alertQueries().forEach(q -> metricNames(q).forEach(m -> queried.putIfAbsent(m, q)));
        // the parser finds what the files query (a parser finding nothing would pass any rename)
        assertThat(queried.keySet()).contains("zhicheng_sync_failed_in_a_row", "resilience4j_circuitbreaker_state",
                "zhicheng_remote_attempts_seconds_sum", "zhicheng_pages_unreadable_total",
                "zhicheng_scheduler_triggers_repaired_total").hasSizeGreaterThan(15);

        assertThat(launcher.runNow("TEST", null).state()).isEqualTo("SUCCEEDED");
        TestRestTemplate viewer = rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD);
        // the statistics gauges (zhicheng_verdicts) are filled when the statistics are read, or a minute later
        viewer.getForObject("/api/ops/statistics", String.class);
        String prometheus = viewer.getForObject("/actuator/prometheus", String.class);

        Set<String> served = new TreeSet<>();
        for (String line : prometheus.split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                served.add(line.split("[{ ]", 2)[0]);
            }
        }
        List<String> missing = new ArrayList<>();
        queried.forEach((metric, query) -> {
            if (!served.contains(metric)) {
                missing.add(metric + " (in " + query + ")");
            }
        });
        assertThat(missing).as("metrics queried by docs/monitoring/ but not served by /actuator/prometheus").isEmpty();
    }

    private static List<String> dashboardQueries() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        List<String> queries = new ArrayList<>();
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> queries.add(t.path("expr").asText())));
        // a variable's label_values(metric, label) names a metric too
        dashboard.path("templating").path("list").forEach(v -> {
            Matcher m = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][\\w:]*)").matcher(v.path("query").asText());
            if (m.find()) {
                queries.add(m.group(1));
            }
        });
        assertThat(queries).doesNotContain("");
        return queries;
    }

    @SuppressWarnings("unchecked")
    private static List<String> alertQueries() throws IOException {
        Map<String, Object> rules = new Yaml().load(Files.readString(RULES));
        List<String> queries = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                queries.add(String.valueOf(rule.get("expr")));
            }
        }
        return queries;
    }

    /**
     * The metric names of a PromQL expression: its identifiers once strings, label matchers ({...}), ranges ([...])
     * and grouping label lists (by (...), on (...)) are removed, less functions and keywords.
     */
    static Set<String> metricNames(String promql) {
        String s = promql.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("(?i)\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(s);
        while (m.find()) {
            String word = m.group(1);
            if (m.group(2) == null && !KEYWORDS.contains(word.toLowerCase()) && !word.startsWith("$")) {
                names.add(word);
            }
        }
        return names;
    }

    @Test
    void findsTheMetricsOfAQuery() {
        assertThat(metricNames("sum by (remote) (rate(a_sum{job=~\"$job\"}[5m])) / on (x) b_count > 2 and time() - c"))
                .containsExactly("a_sum", "b_count", "c");
    }
}
