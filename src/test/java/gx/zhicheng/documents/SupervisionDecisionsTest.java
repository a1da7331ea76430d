package gx.zhicheng.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.mocks.FixedClock;
import gx.zhicheng.ops.OpsFixtures;
import gx.zhicheng.review.DecisionLog;
import gx.zhicheng.rules.Decision;
import gx.zhicheng.rules.DecisionType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The decisions of the supervision view as the adapter records them (V195): {@link DecisionLog} keeps the
 * declaration's year and series and the time of the decided version's first verdict on the decision row, and the view
 * groups and measures the decision by them (SupervisionTest's decisions are written by hand without them, so it
 * checks the view's look-up of such rows). The same context as SupervisionTest, on the year 2036.
 *
 * <pre>
 * GX2036-D1  NINGMING  HEALTH (ENGINEERING after the decisions)  verdicts of version 1 at T, T + 10 days, T + 30 days
 *            APPROVE at T + 90 min, DISMISS at T + 150 min: minutes 90 and 150 from T, median 120 = 2.0 hours
 * </pre>
 */
@AutoConfigureTestRestTemplate
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class SupervisionDecisionsTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        OpsFixtures.registerSampleProvince(registry);
    }

    private static final String ID = "GX2036-D1";
    private static final Instant FIRST_VERDICT = FixedClock.NOW.minus(Duration.ofDays(40));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DecisionLog decisions;

    @Test
    void aDecisionKeepsTheYearSeriesAndFirstVerdictItWasTakenUnderAndTheViewReadsThem() throws Exception {
        Timestamp now = Timestamp.from(FixedClock.NOW);
        jdbc.update("""
                INSERT INTO declaration (declaration_id, version, updated_at, decl_year, level, id_number, status, payload,
                                         review_state, stored_at, review_office, series, read_model)
                VALUES (?, 1, ?, 2036, 'INTERMEDIATE', 'XD1', 'UNIT_RECOMMENDED', '{"series":"HEALTH"}', 'REVIEWED', ?,
                        'NINGMING', 'HEALTH', 1)""", ID, now, now);
        // the first verdict of version 1 is the reference; one after the decisions is not
        for (Duration after : new Duration[] {Duration.ZERO, Duration.ofDays(10), Duration.ofDays(30)}) {
            jdbc.update("""
                    INSERT INTO verdict (declaration_id, declaration_version, outcome, content_hash, body, created_at)
                    VALUES (?, 1, 'PASS', 'h', '{"outcome":"PASS","findings":[]}', ?)""", ID,
                    Timestamp.from(FIRST_VERDICT.plus(after)));
        }
        decide(DecisionType.APPROVE, 90);
        decide(DecisionType.DISMISS, 150);

        assertThat(jdbc.queryForList("SELECT decl_year, series, first_verdict_at FROM decision WHERE declaration_id = ?", ID))
                .hasSize(2).allSatisfy(row -> {
                    assertThat(((Number) row.get("decl_year")).intValue()).isEqualTo(2036);
                    assertThat(row.get("series")).isEqualTo("HEALTH");
                    assertThat(instant(row.get("first_verdict_at"))).isEqualTo(FIRST_VERDICT);
                });

        // a later version under another series: the decisions stay with the series they were taken under, as their
        // office does (decision.office), while the declaration counts under its series now
        jdbc.update("UPDATE declaration SET series = 'ENGINEERING', payload = '{\"series\":\"ENGINEERING\"}' WHERE declaration_id = ?",
                ID);
        JsonNode s = new ObjectMapper().readTree(rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD)
                .getForObject("/api/ops/supervision?year=2036", String.class));

        for (JsonNode row : new JsonNode[] {s.get("city"), s.get("byOffice").get(0)}) {
            assertThat(row.get("approved").asLong()).isEqualTo(1);
            assertThat(row.get("dismissed").asLong()).isEqualTo(1);
            assertThat(row.get("medianDecisionHours").asDouble()).isEqualTo(2.0);
        }
        assertThat(s.get("bySeries")).hasSize(2);
        for (JsonNode row : s.get("bySeries")) {
            boolean health = row.get("code").asText().equals("HEALTH");
            assertThat(row.get("declarations").asLong()).as(row.get("code").asText()).isEqualTo(health ? 0 : 1);
            assertThat(row.get("approved").asLong() + row.get("dismissed").asLong()).isEqualTo(health ? 2 : 0);
        }
    }

    private void decide(DecisionType type, int minutes) {
        decisions.add(ID, "NINGMING", new Decision("WORK_HISTORY_MISMATCH", type, "已核实", "operator",
                FIRST_VERDICT.plus(Duration.ofMinutes(minutes)).atOffset(ZoneOffset.ofHours(8)), 1, Map.of()));
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) value).toInstant();
    }
}
