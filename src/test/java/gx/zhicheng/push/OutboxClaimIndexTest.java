package gx.zhicheng.push;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.system.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Migration V150 (db.migration.V150__outbox_pending_index): Flyway finds the Java migration beside the SQL ones, on
 * H2 it is recorded and creates nothing, and on PostgreSQL the outbox claim reads the partial index outbox_pending in
 * id order, while the per-declaration SUPERSEDED update keeps to outbox_by_declaration.
 */
class OutboxClaimIndexTest {

    private static final String SUPERSEDE = // as VerdictRecorder writes it
            "UPDATE outbox SET state = 'SUPERSEDED' WHERE declaration_id = ? AND kind = 'PRE_REVIEW' AND state = 'PENDING'";

    @Test
    void onH2TheMigrationIsRecordedAndCreatesNoIndex() throws SQLException {
        String url = "jdbc:h2:mem:claimidx_" + shortId()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway flyway = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load();
        flyway.migrate();
        assertAppliedAsJava(flyway);
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(outboxIndexes(connection, null)).contains("outbox_due").doesNotContain("outbox_pending");
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "test.db", matches = "postgres",
            disabledReason = "needs PostgreSQL (partial indexes, its planner); CI runs it with -Dtest.db=postgres")
    void onPostgresTheClaimIsAnIndexScanOfThePendingRowsInIdOrder() throws SQLException {
        try (TestDatabase.PostgresSchema schema = TestDatabase.PostgresSchema.migrated()) {
            assertAppliedAsJava(schema.flyway());
            try (Connection connection = schema.connect()) {
                assertThat(outboxIndexes(connection, schema.name())).contains("outbox_pending", "outbox_due", "outbox_by_declaration");
                JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                // 20,000 pushes of which 95 % were sent (their pending versions dead, never vacuumed), then analyzed
                jdbc.update("""
                        INSERT INTO outbox (kind, declaration_id, idempotency_key, body, state, next_attempt_at, created_at)
                        SELECT CASE WHEN g % 10 = 0 THEN 'ARCHIVE_ENTRY' ELSE 'PRE_REVIEW' END, 'D' || g, 'k' || g, '{}',
                               'PENDING', now() - interval '1 minute', now()
                          FROM generate_series(1, 20000) g""");
                jdbc.update("UPDATE outbox SET state = 'SENT', sent_at = now() WHERE id <= 19000");
                jdbc.execute("ANALYZE outbox");
                Timestamp now = Timestamp.from(Instant.now());

                // a batch of the default zhicheng.outbox.batch-size
                String claim = plan(jdbc, "EXPLAIN " + Outbox.CLAIM_DUE, now, now, 200);
                assertThat(claim).as(claim).contains("Index Scan using outbox_pending on outbox")
                        .doesNotContain("Bitmap").doesNotContain("Sort");
                assertThat(jdbc.queryForList(Outbox.CLAIM_DUE, Long.class, now, now, 3)).containsExactly(19001L, 19002L, 19003L);

                String supersede = plan(jdbc, "EXPLAIN " + SUPERSEDE, "D19999");
                assertThat(supersede).as(supersede).contains("outbox_by_declaration").doesNotContain("outbox_pending");
            }
        }
    }

    private static void assertAppliedAsJava(Flyway flyway) {
        MigrationInfo v150 = Arrays.stream(flyway.info().applied())
                .filter(m -> m.getVersion() != null && m.getVersion().getVersion().equals("150")).findFirst().orElseThrow();
        assertThat(v150.getState()).isEqualTo(MigrationState.SUCCESS);
        assertThat(v150.getScript()).isEqualTo("db.migration.V150__outbox_pending_index");
    }

    private static List<String> outboxIndexes(Connection connection, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getIndexInfo(null, schema, "outbox", false, false)) {
            while (rs.next()) {
                names.add(rs.getString("INDEX_NAME"));
            }
        }
        return names;
    }

    private static String plan(JdbcTemplate jdbc, String explain, Object... args) {
        return String.join("\n", jdbc.queryForList(explain, String.class, args));
    }

    private static String shortId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
