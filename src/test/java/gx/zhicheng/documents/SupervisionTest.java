package gx.zhicheng.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.ops.OpsFixtures;
import gx.zhicheng.mocks.FixedClock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The city office's supervision view on a fixture of the year 2033 (no sample's year), over real HTTP. The clock
 * stands at {@link FixedClock#NOW}. The fixture and its answer, computed by hand:
 *
 * <pre>
 * declaration office    series       state          outcome  VERIFY waiting since   decisions (minutes from its first verdict)
 * F1          FUSUI     ENGINEERING  REVIEWED       PASS                           APPROVE 120
 * F2          FUSUI     ENGINEERING  REVIEWED       RETURN                         DISMISS 360
 * F3          FUSUI     HEALTH       REVIEWED       VERIFY   NOW - 10 days         REFUSE 240
 * F4          FUSUI     HEALTH       AWAITING_UNIT  -
 * F5          FUSUI     ENGINEERING  NO_VERDICT     (withdrawn: counted nowhere)
 * L1          LONGZHOU  ENGINEERING  REVIEWED       REJECT
 * L2          LONGZHOU  HEALTH       REVIEWED       VERIFY   NOW - 2 days
 * L3          LONGZHOU  HEALTH       REVIEWED       PASS                           CONFIRM_FALSIFICATION 2880, APPROVE 1440
 *                                                                                  (L3 has a later verdict too: not the reference)
 *
 * city:        7 declarations, 1 awaiting its unit, PASS 2 RETURN 1 VERIFY 2 REJECT 1; 2 waiting, oldest 10.0 days,
 *              mean (10 + 2) / 2 = 6.0; confirmed 1, dismissed 1, approved 2, refused 1;
 *              minutes 120 240 360 1440 2880: median 360 = 6.0 hours
 * FUSUI:       4, 1 awaiting, PASS 1 RETURN 1 VERIFY 1 REJECT 0; 1 waiting, 10.0 / 10.0 days; 0 1 1 1;
 *              120 240 360: median 240 = 4.0 hours
 * LONGZHOU:    3, 0 awaiting, PASS 1 RETURN 0 VERIFY 1 REJECT 1; 1 waiting, 2.0 / 2.0 days; 1 0 1 0;
 *              1440 2880: median (1440 + 2880) / 2 = 2160 = 36.0 hours
 * ENGINEERING: 3 (F1 F2 L1), PASS 1 RETURN 1 REJECT 1; none waiting; APPROVE, DISMISS; 120 360: median 240 = 4.0 hours
 * HEALTH:      4 (F3 F4 L2 L3), 1 awaiting, PASS 1 VERIFY 2; 2 waiting, 10.0 / 6.0 days; 1 0 1 1;
 *              240 1440 2880: median 1440 = 24.0 hours
 * </pre>
 * No office stands out: each has fewer than 10 reviewed declarations and 5 decisions ({@link SupervisionRuleTest}
 * checks the rule itself).
 */
@AutoConfigureTestRestTemplate
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class SupervisionTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        OpsFixtures.registerSampleProvince(registry);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = FixedClock.NOW;
    private static final Instant FIRST_VERDICT = NOW.minus(Duration.ofDays(20));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void fixture() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM declaration WHERE decl_year = 2033", Integer.class) > 0) {
            return;
        }
        declaration("F1", "FUSUI", "ENGINEERING", "REVIEWED", "PASS", null);
        declaration("F2", "FUSUI", "ENGINEERING", "REVIEWED", "RETURN", null);
        declaration("F3", "FUSUI", "HEALTH", "REVIEWED", "VERIFY", NOW.minus(Duration.ofDays(10)));
        declaration("F4", "FUSUI", "HEALTH", "AWAITING_UNIT", null, null);
        declaration("F5", "FUSUI", "ENGINEERING", "NO_VERDICT", "PASS", null);
        declaration("L1", "LONGZHOU", "ENGINEERING", "REVIEWED", "REJECT", null);
        declaration("L2", "LONGZHOU", "HEALTH", "REVIEWED", "VERIFY", NOW.minus(Duration.ofDays(2)));
        declaration("L3", "LONGZHOU", "HEALTH", "REVIEWED", "PASS", null);
        for (String id : List.of("F1", "F2", "F3", "L3")) {
            verdict(id, FIRST_VERDICT);
        }
        verdict("L3", FIRST_VERDICT.plus(Duration.ofDays(10)));
        decision("F1", "FUSUI", "APPROVE", 120);
        decision("F2", "FUSUI", "DISMISS", 360);
        decision("F3", "FUSUI", "REFUSE", 240);
        decision("L3", "LONGZHOU", "CONFIRM_FALSIFICATION", 2880);
        decision("L3", "LONGZHOU", "APPROVE", 1440);
    }

    @Test
    void figuresPerOfficeAndSeriesAreThoseComputedByHand() throws Exception {
        ResponseEntity<String> answer = rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD)
                .getForEntity("/api/ops/supervision?year=2033", String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode s = JSON.readTree(answer.getBody());
        assertThat(s.get("year").asInt()).isEqualTo(2033);
        assertThat(s.get("asOf").asText()).as("when taken, Beijing time").isEqualTo("2022-08-01T10:00:00+08:00");
        // declarations, awaiting, PASS, RETURN, VERIFY, REJECT, waiting, oldest, mean, confirmed, dismissed, approved,
        // refused, median hours
        assertRow(s.get("city"), 7, 1, 2, 1, 2, 1, 2, 10.0, 6.0, 1, 1, 2, 1, 6.0);
        assertRow(find(s.get("byOffice"), "FUSUI"), 4, 1, 1, 1, 1, 0, 1, 10.0, 10.0, 0, 1, 1, 1, 4.0);
        assertRow(find(s.get("byOffice"), "LONGZHOU"), 3, 0, 1, 0, 1, 1, 1, 2.0, 2.0, 1, 0, 1, 0, 36.0);
        assertThat(find(s.get("byOffice"), "LONGZHOU").get("name").asText()).isEqualTo("龙州县职改办");
        assertRow(find(s.get("bySeries"), "ENGINEERING"), 3, 0, 1, 1, 0, 1, 0, null, null, 0, 1, 1, 0, 4.0);
        assertRow(find(s.get("bySeries"), "HEALTH"), 4, 1, 1, 0, 2, 0, 2, 10.0, 6.0, 1, 0, 1, 1, 24.0);
        assertThat(s.get("byOffice")).hasSize(2).allSatisfy(o -> assertThat(o.get("standsOut")).isEmpty());
        assertThat(s.get("rule").asText()).contains("20 个百分点", "2 倍");
    }

    @Test
    void theCsvHoldsTheSameFigures() {
        ResponseEntity<String> csv = rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD)
                .getForEntity("/api/ops/supervision.csv?year=2033", String.class);

        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("zhicheng-supervision-2033.csv");
        assertThat(csv.getBody()).startsWith(StatisticsCsv.BOM + SupervisionCsv.HEADER + "\r\n")
                .contains("\r\n全市,,全市,7,1,2,1,2,1,2,10.0,6.0,1,1,2,1,6.0,\r\n")
                .contains("\r\n职改部门,LONGZHOU,龙州县职改办,3,0,1,0,1,1,1,2.0,2.0,1,0,1,0,36.0,\r\n")
                .contains("\r\n系列,HEALTH,卫生,4,1,1,0,2,0,2,10.0,6.0,1,0,1,1,24.0,\r\n");
    }

    /** A declaration whose series the payload does not give (rows written by hand, old rows): a series row 未注明. */
    @Test
    void aDeclarationWithoutSeriesIsCountedUnderUnnamed() throws Exception {
        Timestamp now = Timestamp.from(NOW);
        jdbc.update("""
                INSERT INTO declaration (declaration_id, version, updated_at, decl_year, level, id_number, status, payload,
                                         review_state, stored_at, review_office, latest_outcome, read_model)
                VALUES ('GX2034-N1', 1, ?, 2034, 'INTERMEDIATE', 'XN1', 'UNIT_RECOMMENDED', '{}', 'REVIEWED', ?, 'FUSUI',
                        'PASS', 1)""", now, now);

        ResponseEntity<String> answer = rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD)
                .getForEntity("/api/ops/supervision?year=2034", String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode series = JSON.readTree(answer.getBody()).get("bySeries");
        assertThat(series).hasSize(1);
        assertThat(series.get(0).get("name").asText()).isEqualTo("未注明");
        assertThat(series.get(0).get("pass").asLong()).isEqualTo(1);
    }

    @Test
    void aCountyAccountIsRefused() {
        for (String path : List.of("/api/ops/supervision?year=2033", "/api/ops/supervision.csv?year=2033")) {
            assertThat(rest.withBasicAuth(OpsFixtures.LONGZHOU, OpsFixtures.LONGZHOU_PASSWORD).getForEntity(path, String.class)
                    .getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    private static JsonNode find(JsonNode rows, String code) {
        for (JsonNode row : rows) {
            if (code.equals(row.path("code").asText())) {
                return row;
            }
        }
        throw new AssertionError("no row " + code + " in " + rows);
    }

    private static void assertRow(JsonNode row, long declarations, long awaiting, long pass, long returned, long verify,
                                  long reject, long waiting, Double oldest, Double mean, long confirmed, long dismissed,
                                  long approved, long refused, Double median) {
        assertThat(row.get("declarations").asLong()).as("declarations").isEqualTo(declarations);
        assertThat(row.get("awaitingUnit").asLong()).as("awaitingUnit").isEqualTo(awaiting);
        assertThat(List.of(row.get("pass").asLong(), row.get("returned").asLong(), row.get("verify").asLong(),
                row.get("reject").asLong())).as("outcomes").containsExactly(pass, returned, verify, reject);
        assertThat(row.get("verifyWaiting").asLong()).as("verifyWaiting").isEqualTo(waiting);
        assertThat(decimal(row, "oldestWaitingDays")).as("oldest").isEqualTo(oldest);
        assertThat(decimal(row, "meanWaitingDays")).as("mean").isEqualTo(mean);
        assertThat(List.of(row.get("confirmed").asLong(), row.get("dismissed").asLong(), row.get("approved").asLong(),
                row.get("refused").asLong())).as("decisions").containsExactly(confirmed, dismissed, approved, refused);
        assertThat(decimal(row, "medianDecisionHours"))
                .as("median").isEqualTo(median);
    }

    /** A figure the JSON leaves out or gives as null when there is none. */
    private static Double decimal(JsonNode row, String field) {
        return row.path(field).isNumber() ? row.get(field).asDouble() : null;
    }

    private void declaration(String id, String office, String series, String state, String outcome, Instant verifySince) {
        Timestamp now = Timestamp.from(NOW);
        jdbc.update("""
                INSERT INTO declaration (declaration_id, version, updated_at, decl_year, level, id_number, status, payload,
                                         review_state, stored_at, review_office, series, latest_outcome, verify_since,
                                         verify_rules, read_model)
                VALUES (?, 1, ?, 2033, 'INTERMEDIATE', ?, ?, '{}', ?, ?, ?, ?, ?, ?, ?, 1)""",
                "GX2033-" + id, now, "X" + id, state.equals("AWAITING_UNIT") ? "SUBMITTED" : "UNIT_RECOMMENDED", state, now,
                office, series, outcome, verifySince == null ? null : Timestamp.from(verifySince),
                verifySince == null ? null : ",WORK_HISTORY_MISMATCH,");
    }

    private void verdict(String id, Instant at) {
        jdbc.update("""
                INSERT INTO verdict (declaration_id, declaration_version, outcome, content_hash, body, created_at)
                VALUES (?, 1, 'VERIFY', 'h', '{}', ?)""", "GX2033-" + id, Timestamp.from(at));
    }

    private void decision(String id, String office, String decision, int minutes) {
        jdbc.update("""
                INSERT INTO decision (declaration_id, declaration_version, rule, decision, note, evidence, decided_by,
                                      decided_at, office)
                VALUES (?, 1, 'RULE', ?, NULL, '{}', 'operator', ?, ?)""",
                "GX2033-" + id, decision, Timestamp.from(FIRST_VERDICT.plus(Duration.ofMinutes(minutes))), office);
    }
}
