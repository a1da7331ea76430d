package gx.zhicheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The adapter analyzes the tables a run fills once they have grown: on PostgreSQL after the first 1,000 rows and then
 * after a quarter more (at least 1,000) (read from pg_class.reltuples, which ANALYZE sets and nothing else in the test does); on H2
 * never, and without failing.
 */
class TableStatisticsTest {

    @Test
    @EnabledIfSystemProperty(named = "test.db", matches = "postgres",
            disabledReason = "ANALYZE is for PostgreSQL's planner; CI runs it with -Dtest.db=postgres")
    void onPostgresTheRunsTablesAreAnalyzedAsTheyGrow() throws SQLException {
        String base = System.getProperty("test.db.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("test.db.user", "postgres");
        String password = System.getProperty("test.db.password", "");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            Flyway.configure().dataSource(base, user, password).schemas(schema).locations("classpath:db/migration").load()
                    .migrate();
            try (Connection connection = DriverManager.getConnection(base + "?currentSchema=" + schema, user, password)) {
                JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                TableStatistics statistics = new TableStatistics(jdbc);

                declarations(jdbc, 1, 600);
                statistics.written(600);
                assertThat(known(jdbc)).as("never analyzed before 1,000 rows").isEqualTo(-1);

                declarations(jdbc, 601, 1200);
                statistics.written(600);
                assertThat(known(jdbc)).isEqualTo(1200);

                declarations(jdbc, 1201, 2100);
                statistics.written(900);
                assertThat(known(jdbc)).as("900 rows: fewer than 1,000").isEqualTo(1200);

                declarations(jdbc, 2101, 2200);
                statistics.written(100);
                assertThat(known(jdbc)).isEqualTo(2200);

                declarations(jdbc, 2201, 3200);
                statistics.written(1000);
                assertThat(known(jdbc)).isEqualTo(3200);

                declarations(jdbc, 3201, 4000);
                statistics.written(800);
                assertThat(known(jdbc)).as("800 rows: fewer than a quarter of 3,200").isEqualTo(3200);
                assertThat(statistics.analyzes()).isEqualTo(3);
            }
        } finally {
            try (Connection connection = DriverManager.getConnection(base, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void onH2NothingIsAnalyzedAndNothingFails() {
        SingleConnectionDataSource h2 = new SingleConnectionDataSource(
                "jdbc:h2:mem:stats_" + UUID.randomUUID() + ";MODE=PostgreSQL", "sa", "", true);
        try {
            TableStatistics statistics = new TableStatistics(new JdbcTemplate(h2));
            statistics.written(5_000);
            statistics.written(5_000);
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
