package gx.zhicheng.retention;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.audit.AuditChain;
import gx.zhicheng.audit.ChainKind;
import gx.zhicheng.audit.ChainVerifier;
import gx.zhicheng.audit.ChainedPurge;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention and the chain agree (issue 24): purging 2022's verdicts and expired archive entries and emptying the
 * decision notes keeps the chain verifiable (each purge recorded in purged_entry; on PostgreSQL through the
 * SECURITY DEFINER functions), while a 2023 verdict deleted by SQL breaks it at that verdict.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(RetentionKeepsTheChainTest.January2026.class)
@DirtiesContext
class RetentionKeepsTheChainTest {

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
    ChainedPurge purges;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    AuditChain chain;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    private void declaration(String id, int year) {
        Timestamp now = Timestamp.from(Instant.parse("2022-07-01T00:00:00Z"));
        tx.executeWithoutResult(status -> {
            jdbc.update("""
                    INSERT INTO declaration (declaration_id, version, updated_at, decl_year, level, id_number, status, payload, review_state, stored_at)
                    VALUES (?, 1, ?, ?, 'INTERMEDIATE', '451402198603141263', 'SUBMITTED', '{}', 'REVIEWED', ?)""", id, now, year, now);
            jdbc.update("""
                    INSERT INTO verdict (declaration_id, declaration_version, outcome, content_hash, body, created_at)
                    VALUES (?, 1, 'VERIFY', 'h', '{"evidence":"451402198603141263"}', ?)""", id, now);
            chain.append(ChainKind.VERDICT, jdbc.queryForObject("SELECT MAX(id) FROM verdict", Long.class));
            jdbc.update("""
                    INSERT INTO decision (declaration_id, declaration_version, rule, decision, note, evidence, decided_by, decided_at, office)
                    VALUES (?, 1, 'WORK_HISTORY_MISMATCH', 'DISMISS', '电话核实：本人 13907711234', '{"months":6}', 'operator', ?, 'CITY')""",
                    id, now);
            chain.append(ChainKind.DECISION, jdbc.queryForObject("SELECT MAX(id) FROM decision", Long.class));
            jdbc.update("""
                    INSERT INTO archive_entry (id_number, name, declaration_id, reason, recorded_on, expires_on, created_at)
                    VALUES ('451402198603141263', '某某', ?, 'r', ?, ?, ?)""", id,
                    Date.valueOf(year + "-08-01"), Date.valueOf((year + 3) + "-08-01"), now);
            chain.append(ChainKind.ARCHIVE, jdbc.queryForObject("SELECT MAX(id) FROM archive_entry", Long.class));
        });
    }

    @Test
    void purgedPersonalDataLeavesTheChainVerifiableAndADeletionBySqlDoesNot() {
        declaration("GX2019-C1", 2019);
        declaration("GX2022-C1", 2022);
        declaration("GX2023-C1", 2023);
        assertThat(verifier.verify().intact()).isTrue();

        // the notes of 2022 and earlier emptied (the lead's retention of decision notes calls this), then the purge
        assertThat(purges.decisionNotesOfYearsUpTo(2022)).isEqualTo(2);
        assertThat(retention.purge()).isEqualTo(2);

        assertThat(jdbc.queryForList("SELECT declaration_id FROM verdict", String.class)).containsExactly("GX2023-C1");
        assertThat(jdbc.queryForList("SELECT COUNT(*) FROM archive_entry", Integer.class)).containsExactly(2);
        assertThat(jdbc.queryForList("SELECT note FROM decision ORDER BY id", String.class))
                .containsExactly(null, null, "电话核实：本人 13907711234");
        ChainVerifier.Result result = verifier.verify();
        System.out.println("verify after retention: " + result);
        assertThat(result.intact()).as(result.toString()).isTrue();
        assertThat(result.entries()).as("nine rows and the start-up's SETTINGS event").isEqualTo(10);

        long kept = jdbc.queryForObject("SELECT id FROM verdict WHERE declaration_id = 'GX2023-C1'", Long.class);
        List<String> purged = jdbc.queryForList("SELECT kind || ':' || what FROM purged_entry ORDER BY kind, ref_id", String.class);
        assertThat(purged).containsExactly("ARCHIVE:ROW", "DECISION:PERSONAL", "DECISION:PERSONAL", "VERDICT:ROW", "VERDICT:ROW");

        jdbc.update("DELETE FROM verdict WHERE id = ?", kept);
        ChainVerifier.Result broken = verifier.verify();
        System.out.println("verify after a deletion by SQL: " + broken);
        assertThat(broken.intact()).isFalse();
        assertThat(broken.brokenEntry()).startsWith("VERDICT " + kept + " ");
    }
}
