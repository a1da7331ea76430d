package gx.zhicheng.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Prometheus scrapes with an account of its own (role METRICS) that reads the metrics and nothing else; a county's
 * operator no longer reads them (the gauges count every office's declarations), the city office's readers still do.
 */
@AutoConfigureTestRestTemplate
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMetrics
class MetricsAccountTest {

    private static final String SCRAPER = "prometheus";
    /** the demo viewer's hash: the password is viewer-demo */
    private static final String SCRAPER_PASSWORD = OpsFixtures.VIEWER_PASSWORD;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        OpsFixtures.registerSampleProvince(registry);
        registry.add("zhicheng.security.users[3].name", () -> SCRAPER);
        registry.add("zhicheng.security.users[3].password-hash",
                () -> "{bcrypt}$2a$10$WRG3mwsAMZR26QX8MNoV0uNV58oK8ehD0D8JwH6AeOhj0ETwIXDmm");
        registry.add("zhicheng.security.users[3].roles", () -> "METRICS");
    }

    @Autowired
    TestRestTemplate rest;

    @Test
    void theMetricsAccountScrapesAndReadsNothingElse() {
        TestRestTemplate scraper = rest.withBasicAuth(SCRAPER, SCRAPER_PASSWORD);
        assertThat(scraper.getForEntity("/actuator/prometheus", String.class).getBody()).contains("zhicheng_sync_running");
        for (String other : new String[] {"/api/ops/runs", "/api/ops/verifications", "/api/ops/dead-letters",
                "/console/", "/v3/api-docs"}) {
            assertThat(scraper.getForEntity(other, String.class).getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void aCountysOperatorNoLongerReadsTheCitysMetrics() {
        assertThat(rest.withBasicAuth(OpsFixtures.LONGZHOU, OpsFixtures.LONGZHOU_PASSWORD)
                .getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD)
                .getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
