package gx.zhicheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The adapter analyzes the tables a run fills once they have grown: on PostgreSQL after the first 1,000 rows and then
 * after a quarter more (at least 1,000) (read from pg_class.reltuples, which ANALYZE sets and nothing else in the test does); on H2
 * never: once it knows the database, it sends nothing.
 */
class TableStatisticsTest {

    @Test
    @EnabledIfSystemProperty(named = "test.db", matches = "postgres",
            disabledReason = "ANALYZE is for PostgreSQL's planner; CI runs it with -Dtest.db=postgres")
    void onPostgresTheRunsTablesAreAnalyzedAsTheyGrow() throws SQLException {
        try (TestDatabase.PostgresSchema schema = TestDatabase.PostgresSchema.migrated();
             Connection connection = schema.connect()) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            TableStatistics statistics = new TableStatistics(jdbc);
            // rows written in turn, and the declarations PostgreSQL knows of after each (-1: never analyzed)
            int[][] steps = {{600, -1}, {600, 1200}, {900, 1200}, {100, 2200}, {1000, 3200}, {800, 3200}};
            int stored = 0;
            for (int[] step : steps) {
                declarations(jdbc, stored + 1, stored + step[0]);
                stored += step[0];
                statistics.written(step[0]);
                assertThat(known(jdbc)).as("%d rows stored, the last %d of them since", stored, step[0]).isEqualTo(step[1]);
            }
            assertThat(statistics.analyzes()).isEqualTo(3);
        }
    }

    @Test
    void onH2NothingIsSentAfterTheDatabaseIsKnown() throws SQLException {
        SingleConnectionDataSource h2 = new SingleConnectionDataSource(
                "jdbc:h2:mem:stats_" + UUID.randomUUID() + ";MODE=PostgreSQL", "sa", "", true);
        AtomicInteger connections = new AtomicInteger();
        DataSource counted = new DelegatingDataSource(h2) {
            @Override
            public Connection getConnection() throws SQLException {
                connections.incrementAndGet();
                return super.getConnection();
            }
        };
        try {
            TableStatistics statistics = new TableStatistics(new JdbcTemplate(counted));
            statistics.written(5_000);
            // one connection, to learn that this is H2; an ANALYZE would take another (and fail here: no tables)
            assertThat(connections).hasValue(1);
            statistics.written(5_000);
            assertThat(connections).hasValue(1);
            assertThat(statistics.analyzes()).isZero();
        } finally {
            h2.destroy();
        }
    }

    private static void declarations(JdbcTemplate jdbc, int from, int to) {
        jdbc.update("""
                INSERT INTO declaration (declaration_id, version, updated_at, decl_year, level, id_number, status, payload,
                                         review_state, stored_at)
                SELECT 'GX2022-' || g, 1, now(), 2022, 'INTERMEDIATE', '4501021980' || lpad(g::text, 8, '0'), 'SUBMITTED',
                       '{}', 'PENDING', now()
                  FROM generate_series(?, ?) g""", from, to);
    }

    private static long known(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT CAST(reltuples AS BIGINT) FROM pg_class WHERE oid = CAST('declaration' AS regclass)",
                Long.class);
    }
}
