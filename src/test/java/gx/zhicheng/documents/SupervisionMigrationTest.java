package gx.zhicheng.documents;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.system.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V195 derives the decision columns of the supervision view for the decisions recorded before it (year and
 * series of the declaration, the first verdict of the decided version at or before the decision), and a decision
 * without a verdict of its version before it keeps none. On H2, or on PostgreSQL with -Dtest.db=postgres (a schema of
 * its own, dropped after).
 */
class SupervisionMigrationTest {

    @Test
    void decisionsRecordedBeforeV195GetTheirYearSeriesAndFirstVerdict() throws Exception {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = TestDatabase.postgres()
                ? System.getProperty("test.db.url", "jdbc:postgresql://127.0.0.1:5432/test") + "?currentSchema=" + schema
                : "jdbc:h2:mem:" + schema + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        String user = TestDatabase.postgres() ? System.getProperty("test.db.user", "postgres") : "sa";
        String password = TestDatabase.postgres() ? System.getProperty("test.db.password", "") : "";
        Flyway before = Flyway.configure().dataSource(url, user, password).schemas(schema).locations("classpath:db/migration")
                .target("192").load();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            before.migrate();
            c.setSchema(schema);
            s.execute("""
                    INSERT INTO declaration (declaration_id, version, updated_at, decl_year, level, id_number, status, payload,
                                             review_state, stored_at, review_office, series)
                    VALUES ('GX2031-M1', 2, TIMESTAMP WITH TIME ZONE '2031-05-01 08:00:00+08', 2031, 'INTERMEDIATE', 'XM1',
                            'UNIT_RECOMMENDED', '{}', 'REVIEWED', TIMESTAMP WITH TIME ZONE '2031-05-01 08:00:00+08', 'DAXIN', 'ART')""");
            s.execute("""
                    INSERT INTO verdict (declaration_id, declaration_version, outcome, content_hash, body, created_at)
                    VALUES ('GX2031-M1', 1, 'VERIFY', 'a', '{}', TIMESTAMP WITH TIME ZONE '2031-05-01 09:00:00+08'),
                           ('GX2031-M1', 2, 'VERIFY', 'b', '{}', TIMESTAMP WITH TIME ZONE '2031-05-03 09:00:00+08'),
                           ('GX2031-M1', 2, 'VERIFY', 'c', '{}', TIMESTAMP WITH TIME ZONE '2031-05-04 09:00:00+08')""");
            // on version 2 after both its verdicts; on version 1 before its only verdict
            s.execute("""
                    INSERT INTO decision (declaration_id, declaration_version, rule, decision, evidence, decided_by, decided_at, office)
                    VALUES ('GX2031-M1', 2, 'R', 'APPROVE', '{}', 'operator', TIMESTAMP WITH TIME ZONE '2031-05-05 09:00:00+08', 'DAXIN'),
                           ('GX2031-M1', 1, 'R', 'REFUSE', '{}', 'operator', TIMESTAMP WITH TIME ZONE '2031-05-01 08:30:00+08', 'DAXIN')""");

            Flyway.configure().dataSource(url, user, password).schemas(schema).locations("classpath:db/migration").load()
                    .migrate();

            List<String> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT decision, decl_year, series, first_verdict_at FROM decision ORDER BY id")) {
                while (rs.next()) {
                    OffsetDateTime first = rs.getObject(4, OffsetDateTime.class);
                    rows.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " "
                            + (first == null ? null : first.toInstant()));
                }
            }
            assertThat(rows).containsExactly("APPROVE 2031 ART 2031-05-03T01:00:00Z", "REFUSE 2031 ART null");
        } finally {
            if (TestDatabase.postgres()) {
                try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        }
    }
}
