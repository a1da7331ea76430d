package gx.zhicheng.ops;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.mocks.FixedClock;
import gx.zhicheng.sync.SyncLauncher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** After a sync: the flow's counters and each remote call's latency in Prometheus format, the breakers in health. */
@AutoConfigureTestRestTemplate
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMetrics
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
                // the gauges read from the database: the sample sync's 61 verdicts sent, 4 declarations parked
                .contains("zhicheng_outbox_pushes{state=\"SENT\"} 61.0")
                .contains("zhicheng_outbox_pushes{state=\"DEAD\"} 0.0")
                .contains("zhicheng_parked_declarations 4.0")
                .contains("zhicheng_sync_last_run{count=\"pushed\"} 61.0")
                .contains("zhicheng_sync_running 0.0")
                // what the alert rules of docs/monitoring/ compare: one run, it succeeded, nothing waits to be pushed
                .contains("zhicheng_sync_runs_total{state=\"SUCCEEDED\"} 1.0")
                .contains("zhicheng_sync_runs_total{state=\"FAILED\"} 0.0")
                .contains("zhicheng_sync_failed_in_a_row 0.0")
                .contains("zhicheng_outbox_oldest_pending_age_seconds 0.0")
                .contains("zhicheng_review_queue 0.0")
                .contains("zhicheng_dead_letters 0.0")
                .contains("zhicheng_scheduler_triggers_repaired_total 0.0")
                // each attempt timed by its breaker (BreakerPolicy), and the breakers' own meters
                .containsPattern("zhicheng_remote_attempts_seconds_count\\{outcome=\"success\",remote=\"platform\"\\} [1-9]")
                .containsPattern("zhicheng_remote_attempts_seconds_count\\{outcome=\"success\",remote=\"si-feed\"\\} [1-9]")
                .containsPattern("zhicheng_remote_attempts_seconds_count\\{outcome=\"success\",remote=\"ce-feed\"\\} [1-9]")
                .containsPattern("resilience4j_circuitbreaker_state\\{name=\"platform\",state=\"closed\"\\} 1.0");

        String health = viewer.getForObject("/actuator/health", String.class);
        assertThat(health).contains("\"remoteSystems\"").contains("\"platform\":\"CLOSED\"")
                .contains("\"si-feed\":\"CLOSED\"").contains("\"ce-feed\":\"CLOSED\"").contains("\"camelHealth\"");
        // anonymous: the status and the probe groups (Boot 4 turns liveness and readiness on), no component
        assertThat(rest.getForObject("/actuator/health", String.class))
                .isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
    }
}
