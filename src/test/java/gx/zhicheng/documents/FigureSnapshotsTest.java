package gx.zhicheng.documents;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.ops.OpsFixtures;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * When the figures of a whole year (supervision, statistics of every office) come from their snapshot and when
 * they are taken again ({@link FigureSnapshots}), on the real database. The background refresh is set to an hour, so that it never runs by
 * itself during a test: each test calls it where it means to. Each test has its own year.
 */
@SpringBootTest
class FigureSnapshotsTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        OpsFixtures.registerSampleProvince(registry);
        registry.add("zhicheng.documents.figures-refresh", () -> "1h");
    }

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    FigureSnapshots snapshots;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        jdbc.update("DELETE FROM declaration WHERE decl_year BETWEEN 2040 AND 2044");
    }

    @Test
    void nothingChangedAnswersFromTheSnapshotAndTheRefreshTakesWhatNoVerdictMarks() {
        declaration("2040", "A1", "VERIFY");
        declaration("2040", "A2", "PASS");
        Supervision first = snapshots.supervision(2040);
        assertThat(first.city().declarations()).isEqualTo(2);

        // a withdrawal: the declaration leaves the figures, but no verdict or decision is recorded
        jdbc.update("UPDATE declaration SET review_state = 'NO_VERDICT' WHERE declaration_id = 'GX2040-A2'");
        Supervision again = snapshots.supervision(2040);
        assertThat(again).as("the snapshot, not taken again").isSameAs(first);
        assertThat(again.city().declarations()).isEqualTo(2);

        snapshots.refreshWatched();
        assertThat(snapshots.supervision(2040).city().declarations()).as("taken again in the background").isEqualTo(1);
    }

    @Test
    void aNewDecisionShowsOnTheNextRead() {
        declaration("2041", "B1", "VERIFY");
        Supervision before = snapshots.supervision(2041);
        assertThat(before.city().verifyWaiting()).isEqualTo(1);
        assertThat(before.city().dismissed()).isZero();

        // as DecisionLog records it: the decision, and the declaration no longer waiting
        jdbc.update("""
                INSERT INTO decision (declaration_id, declaration_version, rule, decision, note, evidence, decided_by,
                                      decided_at, office, decl_year, series, first_verdict_at)
                VALUES ('GX2041-B1', 1, 'WORK_HISTORY_MISMATCH', 'DISMISS', NULL, '{}', 'operator', ?, 'FUSUI', 2041,
                        'ENGINEERING', ?)""", Timestamp.from(NOW), Timestamp.from(NOW.minusSeconds(7200)));
        jdbc.update("UPDATE declaration SET verify_since = NULL, verify_rules = NULL WHERE declaration_id = 'GX2041-B1'");

        Supervision after = snapshots.supervision(2041);
        assertThat(after.city().dismissed()).isEqualTo(1);
        assertThat(after.city().verifyWaiting()).isZero();
        assertThat(after.city().medianDecisionHours()).isEqualTo(2.0);
    }

    @Test
    void aNewVerdictShowsOnTheNextRead() {
        declaration("2042", "C1", "PASS");
        assertThat(snapshots.supervision(2042).city().pass()).isEqualTo(1);

        // a re-review of the declaration: a RETURN verdict, and the declaration's latest outcome with it
        jdbc.update("""
                INSERT INTO verdict (declaration_id, declaration_version, outcome, content_hash, body, created_at)
                VALUES ('GX2042-C1', 1, 'RETURN', 'h2', '{}', ?)""", Timestamp.from(NOW));
        jdbc.update("UPDATE declaration SET latest_outcome = 'RETURN' WHERE declaration_id = 'GX2042-C1'");

        Supervision after = snapshots.supervision(2042);
        assertThat(after.city().pass()).isZero();
        assertThat(after.city().returned()).isEqualTo(1);
    }

    @Test
    void aYearReadWithinTheHourIsTakenAgainInTheBackground() {
        declaration("2043", "D1", "PASS");
        Supervision first = snapshots.supervision(2043);
        snapshots.refreshWatched();
        Supervision refreshed = snapshots.supervision(2043);
        assertThat(refreshed).as("a year read within the hour is taken again").isNotSameAs(first);
        assertThat(refreshed.city().declarations()).isEqualTo(1);
    }

    @Test
    void theStatisticsOfEveryOfficeComeFromTheirSnapshotUntilAVerdictIsRecorded() {
        declaration("2044", "E1", "PASS");
        Statistics first = snapshots.statistics(2044);
        assertThat(first.declarations()).isEqualTo(1);
        assertThat(first.asOf()).isNotNull();

        jdbc.update("UPDATE declaration SET review_state = 'NO_VERDICT' WHERE declaration_id = 'GX2044-E1'");
        assertThat(snapshots.statistics(2044)).as("the snapshot, not counted again").isSameAs(first);

        declaration("2044", "E2", "RETURN");
        jdbc.update("""
                INSERT INTO verdict (declaration_id, declaration_version, outcome, content_hash, body, created_at)
                VALUES ('GX2044-E2', 1, 'RETURN', 'h3', '{}', ?)""", Timestamp.from(NOW));
        Statistics after = snapshots.statistics(2044);
        assertThat(after.declarations()).as("the withdrawal and the new verdict, counted again").isEqualTo(1);
        assertThat(after.byOutcome()).filteredOn(c -> c.code().equals("RETURN")).singleElement()
                .extracting(Statistics.Count::count).isEqualTo(1L);
    }

    private void declaration(String year, String id, String outcome) {
        Timestamp now = Timestamp.from(NOW);
        jdbc.update("""
                INSERT INTO declaration (declaration_id, version, updated_at, decl_year, level, id_number, status, payload,
                                         review_state, stored_at, review_office, series, latest_outcome, verify_since,
                                         verify_rules, read_model)
                VALUES (?, 1, ?, ?, 'INTERMEDIATE', ?, 'UNIT_RECOMMENDED', '{}', 'REVIEWED', ?, 'FUSUI', 'ENGINEERING', ?, ?, ?, 1)""",
                "GX" + year + "-" + id, now, Integer.parseInt(year), "X" + id, now, outcome,
                outcome.equals("VERIFY") ? now : null, outcome.equals("VERIFY") ? ",WORK_HISTORY_MISMATCH," : null);
    }
}
