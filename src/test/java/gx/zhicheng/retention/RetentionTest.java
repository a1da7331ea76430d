package gx.zhicheng.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With three years' retention, on 2026-01-05 the declarations of 2022 go with everything that names them; 2023 stays. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(RetentionTest.January2026.class)
class RetentionTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class January2026 {
        @Bean
        @Primary
        Clock january2026() {
            return Clock.fixed(Instant.parse("2026-01-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        gx.zhicheng.mocks.MockedProvince.register(registry);
    }

    @Autowired
    Retention retention;
    @Autowired
    JdbcTemplate jdbc;

    private void declaration(String id, int year) {
        Timestamp now = Timestamp.from(Instant.parse("2022-07-01T00:00:00Z"));
        jdbc.update("""
                INSERT INTO declaration (declaration_id, version, updated_at, decl_year, level, id_number, status, payload, review_state, stored_at)
                VALUES (?, 1, ?, ?, 'INTERMEDIATE', '451402198603141263', 'SUBMITTED', '{}', 'REVIEWED', ?)""", id, now, year, now);
        jdbc.update("""
                INSERT INTO verdict (declaration_id, declaration_version, outcome, content_hash, body, created_at)
                VALUES (?, 1, 'PASS', 'h', '{}', ?)""", id, now);
        jdbc.update("""
                INSERT INTO outbox (kind, declaration_id, declaration_version, idempotency_key, body, state, next_attempt_at, created_at)
                VALUES ('PRE_REVIEW', ?, 1, ?, '{}', 'SENT', ?, ?)""", id, "k-" + id, now, now);
        jdbc.update("""
                INSERT INTO decision (declaration_id, declaration_version, rule, decision, note, evidence, decided_by, decided_at)
                VALUES (?, 1, 'WORK_HISTORY_MISMATCH', 'DISMISS', '本人电话13800138000已核实', ?, 'operator', ?)""",
                id, "{\"employer\":\"南宁市某公司\",\"name\":\"黄丽娟\"}", now);
    }

    private void run(String startedAt, String message) {
        jdbc.update("INSERT INTO sync_run (kind, state, started_at, message) VALUES ('SCHEDULED', 'FAILED', ?, ?)",
                Timestamp.from(Instant.parse(startedAt)), message);
    }

    private void archiveEntry(String recordedOn, String expiresOn) {
        jdbc.update("""
                INSERT INTO archive_entry (id_number, name, declaration_id, reason, recorded_on, expires_on, created_at)
                VALUES ('451402198603141263', '某某', 'GX2022-R1', 'r', ?, ?, ?)""",
                Date.valueOf(recordedOn), Date.valueOf(expiresOn), Timestamp.from(Instant.now()));
    }

    @Test
    void purgesTheYearsPastRetentionAndKeepsTheRest() {
        declaration("GX2022-R1", 2022);
        declaration("GX2023-R1", 2023);
        archiveEntry("2019-08-01", "2022-08-01");
        archiveEntry("2022-08-01", "2025-08-01");
        run("2022-07-01T00:00:00Z", "IllegalStateException: 451402198603141263 黄丽娟");
        run("2025-07-01T00:00:00Z", "pull: remote answer HTTP 503");

        assertThat(retention.purge()).isEqualTo(1);

        assertThat(jdbc.queryForList("SELECT declaration_id FROM declaration", String.class)).containsExactly("GX2023-R1");
        assertThat(jdbc.queryForList("SELECT declaration_id FROM verdict", String.class)).containsExactly("GX2023-R1");
        assertThat(jdbc.queryForList("SELECT declaration_id FROM outbox", String.class)).containsExactly("GX2023-R1");
        assertThat(jdbc.queryForList("SELECT expires_on FROM archive_entry", Date.class))
                .as("an entry expired in a year past retention goes; a younger one stays").containsExactly(Date.valueOf("2025-08-01"));
        // the decisions' record stays, without the note and the evidence of the purged year
        assertThat(jdbc.queryForList("SELECT declaration_id || ' ' || decision || ' ' || COALESCE(note, '-') || ' ' || evidence"
                + " FROM decision ORDER BY declaration_id", String.class))
                .containsExactly("GX2022-R1 DISMISS - {}", "GX2023-R1 DISMISS 本人电话13800138000已核实 {\"employer\":\"南宁市某公司\",\"name\":\"黄丽娟\"}");
        assertThat(jdbc.queryForList("SELECT COALESCE(message, '-') FROM sync_run ORDER BY started_at", String.class))
                .containsExactly("-", "pull: remote answer HTTP 503");
    }
}
