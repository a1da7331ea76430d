package gx.zhicheng.ops;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.mocks.FixedClock;
import gx.zhicheng.sync.SyncLauncher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** After a sync: the flow's counters and each remote call's latency in Prometheus format, the breakers in health. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@Import(FixedClock.class)
class MetricsAndHealthTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        OpsFixtures.registerSampleProvince(registry);
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    SyncLauncher launcher;

    @Test
    void countsTheFlowTimesRemoteCallsAndShowsTheBreakers() {
        assertThat(launcher.runNow("TEST", null).state()).isEqualTo("SUCCEEDED");
        TestRestTemplate viewer = rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD);

        String prometheus = viewer.getForObject("/actuator/prometheus", String.class);
        assertThat(prometheus)
                .contains("zhicheng_declarations_pulled_total")
                .contains("zhicheng_declarations_parked_total 4.0")
                .contains("zhicheng_declarations_reviewed_total{outcome=\"REJECT\"}")
                .contains("zhicheng_pushes_total{result=\"accepted\"}")
                // the gauges read from the database: the sample sync's 59 verdicts sent, 4 declarations parked
                .contains("zhicheng_outbox_pushes{state=\"SENT\"} 59.0")
                .contains("zhicheng_outbox_pushes{state=\"DEAD\"} 0.0")
                .contains("zhicheng_parked_declarations 4.0")
                .contains("zhicheng_sync_last_run{count=\"pushed\"} 59.0")
                .contains("zhicheng_sync_running 0.0")
                .containsPattern("camel_route_policy_seconds_count\\{.*routeId=\"send-to-platform\"")
                .containsPattern("camel_route_policy_seconds_count\\{.*routeId=\"send-to-si-feed\"");

        String health = viewer.getForObject("/actuator/health", String.class);
        assertThat(health).contains("\"remoteSystems\"").contains("\"platform\":\"CLOSED\"")
                .contains("\"si-feed\":\"CLOSED\"").contains("\"ce-feed\":\"CLOSED\"").contains("\"camelHealth\"");
        assertThat(rest.getForObject("/actuator/health", String.class)).isEqualTo("{\"status\":\"UP\"}");
    }
}
