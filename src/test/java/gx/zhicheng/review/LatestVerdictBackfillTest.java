package gx.zhicheng.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Rows stored before migration V140 (read_model NULL) get the latest verdict's columns at start-up: the latest of two
 * verdicts, its open VERIFY rules (a decision taken on a finding's evidence closes it), the payload's series and
 * declaredOn; a row without a verdict is marked derived with no verdict; rows already derived are left alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class LatestVerdictBackfillTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        gx.zhicheng.mocks.MockedProvince.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LatestVerdictIndex latest;

    private void declaration(String id) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                INSERT INTO declaration (declaration_id, version, updated_at, decl_year, level, id_number, status, payload,
                                         review_state, stored_at, review_office)
                VALUES (?, 1, ?, 2022, 'INTERMEDIATE', '451423199001011233', 'SUBMITTED', ?, 'REVIEWED', ?, 'LONGZHOU')""",
                id, now, "{\"declarationId\":\"" + id + "\",\"series\":\"HEALTH\",\"declaredOn\":\"2022-06-10\"}", now);
    }

    private void verdict(String id, String outcome, String findings) {
        jdbc.update("""
                INSERT INTO verdict (declaration_id, declaration_version, outcome, content_hash, body, created_at)
                VALUES (?, 1, ?, 'h', ?, ?)""", id, outcome,
                "{\"outcome\":\"" + outcome + "\",\"findings\":" + findings + ",\"reviewOffice\":{\"name\":\"龙州县职改办\"}}",
                Timestamp.from(Instant.now()));
    }

    @Test
    void rowsNeverDerivedGetTheirLatestVerdictsColumns() {
        declaration("GX2022-B000001");
        verdict("GX2022-B000001", "PASS", "[]");
        verdict("GX2022-B000001", "VERIFY", """
                [{"rule":"SI_RECORD_NOT_FOUND","outcome":"VERIFY","evidence":{"n":1}},
                 {"rule":"CIVIL_SERVANT","outcome":"VERIFY","evidence":{"n":2}},
                 {"rule":"PRIOR_YEAR_CE_HOURS_LOW","outcome":"INFO","evidence":{}}]""");
        jdbc.update("""
                INSERT INTO decision (declaration_id, declaration_version, rule, decision, evidence, decided_by, decided_at)
                VALUES ('GX2022-B000001', 1, 'CIVIL_SERVANT', 'DISMISS', '{"n":2}', 'operator', CURRENT_TIMESTAMP)""");
        declaration("GX2022-B000002");
        declaration("GX2022-B000003");
        jdbc.update("UPDATE declaration SET read_model = 1 WHERE declaration_id = 'GX2022-B000003'");

        assertThat(latest.backfill()).isEqualTo(2);

        Map<String, Object> one = jdbc.queryForMap("SELECT * FROM declaration WHERE declaration_id = 'GX2022-B000001'");
        assertThat(one.get("latest_outcome")).isEqualTo("VERIFY");
        assertThat(one.get("latest_office_name")).isEqualTo("龙州县职改办");
        assertThat(one.get("latest_rules")).isEqualTo(",SI_RECORD_NOT_FOUND,CIVIL_SERVANT,PRIOR_YEAR_CE_HOURS_LOW,");
        assertThat(one.get("verify_rules")).isEqualTo(",SI_RECORD_NOT_FOUND,");
        assertThat(one.get("verify_since")).isNotNull();
        assertThat(one.get("series")).isEqualTo("HEALTH");
        assertThat(one.get("declared_on").toString()).isEqualTo("2022-06-10");
        assertThat(((Number) one.get("latest_verdict_id")).longValue()).isEqualTo(jdbc.queryForObject(
                "SELECT MAX(id) FROM verdict WHERE declaration_id = 'GX2022-B000001'", Long.class));
        Map<String, Object> two = jdbc.queryForMap("SELECT * FROM declaration WHERE declaration_id = 'GX2022-B000002'");
        assertThat(two.get("latest_verdict_id")).isNull();
        assertThat(((Number) two.get("read_model")).intValue()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT series FROM declaration WHERE declaration_id = 'GX2022-B000003'", String.class))
                .isNull();
        assertThat(latest.backfill()).isZero();
    }
}
