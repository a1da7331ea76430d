package gx.zhicheng.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import db.migration.V192__chained_tables_append_only;
import gx.zhicheng.system.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * On PostgreSQL the application's role (not a superuser, granted by V192) may read and insert a verdict but never
 * update or delete one; retention's function deletes it and records the purge. The test connects as postgres, creates
 * the role once (roles are the cluster's) and acts as it with SET ROLE.
 */
@EnabledIfSystemProperty(named = "test.db", matches = "postgres", disabledReason = "roles and grants are PostgreSQL's")
class AppendOnlyRoleTest {

    private static final String ROLE = "zhicheng_app_test";

    @Test
    void theApplicationsRoleCannotUpdateOrDeleteAVerdictButRetentionsFunctionCan() throws Exception {
        try (TestDatabase.PostgresSchema schema = TestDatabase.PostgresSchema.migrated();
             Connection connection = schema.connect(); Statement sql = connection.createStatement()) {
            sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + ROLE + "') THEN "
                    + "CREATE ROLE " + ROLE + " NOLOGIN NOSUPERUSER; END IF; END $$");
            V192__chained_tables_append_only.grant(connection, schema.name(), ROLE);
            sql.execute("""
                    INSERT INTO declaration (declaration_id, version, updated_at, decl_year, level, id_number, status, payload, review_state, stored_at)
                    VALUES ('GX2022-P1', 1, now(), 2022, 'INTERMEDIATE', 'x', 'SUBMITTED', '{}', 'REVIEWED', now())""");

            sql.execute("SET ROLE " + ROLE);
            try {
                sql.execute("INSERT INTO verdict (declaration_id, declaration_version, outcome, content_hash, body, created_at) "
                        + "VALUES ('GX2022-P1', 1, 'PASS', 'h', '{}', now())");
                assertThat(count(sql, "SELECT COUNT(*) FROM verdict")).isEqualTo(1);

                for (String change : new String[] {"UPDATE verdict SET outcome = 'REJECT'", "DELETE FROM verdict",
                        "UPDATE decision SET note = NULL", "UPDATE audit_event SET actor = 'x'", "DELETE FROM chain_entry",
                        "UPDATE archive_entry SET name = 'x'",
                        "INSERT INTO purged_entry (kind, ref_id, what, purged_at) VALUES ('VERDICT', 1, 'ROW', now())"}) {
                    assertThatThrownBy(() -> sql.execute(change)).as(change)
                            .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                    System.out.println("as " + ROLE + ": " + change + " -> permission denied");
                }
                // the tables that are not chained stay writable
                sql.execute("UPDATE declaration SET review_state = 'PENDING'");

                assertThat(count(sql, "SELECT zhicheng_purge_verdicts(2022)")).isEqualTo(1);
                assertThat(count(sql, "SELECT COUNT(*) FROM verdict")).isZero();
                assertThat(count(sql, "SELECT COUNT(*) FROM purged_entry WHERE kind = 'VERDICT' AND what = 'ROW'")).isEqualTo(1);
            } finally {
                sql.execute("RESET ROLE");
            }
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
