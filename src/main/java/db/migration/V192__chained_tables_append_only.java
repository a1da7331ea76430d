package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the chained tables (verdict, decision, archive_entry, audit_event, chain_entry, purged_entry) become
 * append-only for the application's role: it may SELECT and INSERT them, never UPDATE or DELETE; retention deletes
 * through SECURITY DEFINER functions owned by the migration's role, which record in purged_entry what they remove.
 *
 * <p>Two roles (docs/operators.md): the owner runs Flyway ({@code spring.flyway.user}) and owns the tables and the
 * functions; the application connects as another role ({@code spring.datasource.username}) that this migration
 * grants what it needs. The application's role is the Flyway placeholder {@code appRole}
 * ({@code spring.flyway.placeholders.appRole}); without it, or when the role does not exist, only the functions are
 * created and nothing is granted (a deployment where one role does both: the owner can still change its own tables,
 * and the chain is then the only guard). {@link #grant} is public for the test that checks the grants.
 *
 * <p>Why Java: H2 has neither roles worth granting nor plpgsql; on H2 the version is recorded and does nothing, and
 * {@code gx.zhicheng.audit.ChainedPurge} runs the same statements itself.
 */
public class V192__chained_tables_append_only extends BaseJavaMigration {

    static final String[] CHAINED = {"verdict", "decision", "archive_entry", "audit_event", "chain_entry", "purged_entry",
            "verdict_input"};

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        String schema = connection.getSchema();
        try (Statement statement = connection.createStatement()) {
            functions(statement, schema);
        }
        String role = context.getConfiguration().getPlaceholders().get("appRole");
        if (role != null && !role.isBlank()) {
            grant(connection, schema, role);
        }
    }

    private static void functions(Statement statement, String schema) throws Exception {
        String path = "SET search_path = " + quote(schema) + ", pg_temp";
        statement.execute("""
                CREATE OR REPLACE FUNCTION zhicheng_purge_verdicts(last_year INTEGER) RETURNS INTEGER
                LANGUAGE plpgsql SECURITY DEFINER %s AS $$
                DECLARE removed INTEGER;
                BEGIN
                    INSERT INTO purged_entry (kind, ref_id, what, purged_at)
                    SELECT 'INPUT', i.id, 'PERSONAL', now() FROM verdict_input i
                     WHERE i.inputs IS NOT NULL
                       AND i.declaration_id IN (SELECT declaration_id FROM declaration WHERE decl_year <= last_year)
                    ON CONFLICT DO NOTHING;
                    UPDATE verdict_input SET inputs = NULL
                     WHERE inputs IS NOT NULL
                       AND declaration_id IN (SELECT declaration_id FROM declaration WHERE decl_year <= last_year);
                    INSERT INTO purged_entry (kind, ref_id, what, purged_at)
                    SELECT 'VERDICT', v.id, 'ROW', now() FROM verdict v
                     WHERE v.declaration_id IN (SELECT declaration_id FROM declaration WHERE decl_year <= last_year)
                    ON CONFLICT DO NOTHING;
                    DELETE FROM verdict WHERE declaration_id IN (SELECT declaration_id FROM declaration WHERE decl_year <= last_year);
                    GET DIAGNOSTICS removed = ROW_COUNT;
                    RETURN removed;
                END $$""".formatted(path));
        statement.execute("""
                CREATE OR REPLACE FUNCTION zhicheng_purge_archive_entries(expired_by DATE) RETURNS INTEGER
                LANGUAGE plpgsql SECURITY DEFINER %s AS $$
                DECLARE removed INTEGER;
                BEGIN
                    INSERT INTO purged_entry (kind, ref_id, what, purged_at)
                    SELECT 'ARCHIVE', id, 'ROW', now() FROM archive_entry WHERE expires_on <= expired_by
                    ON CONFLICT DO NOTHING;
                    DELETE FROM archive_entry WHERE expires_on <= expired_by;
                    GET DIAGNOSTICS removed = ROW_COUNT;
                    RETURN removed;
                END $$""".formatted(path));
        statement.execute("""
                CREATE OR REPLACE FUNCTION zhicheng_purge_decision_notes(last_year INTEGER) RETURNS INTEGER
                LANGUAGE plpgsql SECURITY DEFINER %s AS $$
                DECLARE emptied INTEGER;
                BEGIN
                    INSERT INTO purged_entry (kind, ref_id, what, purged_at)
                    SELECT 'DECISION', id, 'PERSONAL', now() FROM decision
                     WHERE declaration_id IN (SELECT declaration_id FROM declaration WHERE decl_year <= last_year)
                       AND (note IS NOT NULL OR evidence <> '{}')
                    ON CONFLICT DO NOTHING;
                    UPDATE decision SET note = NULL, evidence = '{}'
                     WHERE declaration_id IN (SELECT declaration_id FROM declaration WHERE decl_year <= last_year)
                       AND (note IS NOT NULL OR evidence <> '{}');
                    GET DIAGNOSTICS emptied = ROW_COUNT;
                    RETURN emptied;
                END $$""".formatted(path));
        for (String function : new String[] {"zhicheng_purge_verdicts(INTEGER)", "zhicheng_purge_archive_entries(DATE)",
                "zhicheng_purge_decision_notes(INTEGER)"}) {
            statement.execute("REVOKE ALL ON FUNCTION " + function + " FROM PUBLIC");
        }
    }

    /**
     * What the application's role may do in the schema: everything on the tables that are not chained, SELECT and
     * INSERT on the chained ones (no UPDATE, DELETE or TRUNCATE), the sequences, and the purge functions. Later tables
     * get the same through the owner's default privileges; a later chained table must revoke them itself.
     */
    public static void grant(Connection connection, String schema, String role) throws Exception {
        try (Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role.replace("'", "''") + "'");
            if (!exists.next()) {
                return;
            }
            String r = quote(role);
            String s = quote(schema);
            statement.execute("GRANT USAGE ON SCHEMA " + s + " TO " + r);
            statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + s + " TO " + r);
            statement.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + s + " TO " + r);
            statement.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + s + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + r);
            statement.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + s + " GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO " + r);
            for (String table : CHAINED) {
                statement.execute("REVOKE UPDATE, DELETE, TRUNCATE ON " + s + "." + table + " FROM " + r);
                statement.execute("REVOKE UPDATE, DELETE, TRUNCATE ON " + s + "." + table + " FROM PUBLIC");
            }
            // purge records only through the functions: the application's role cannot excuse a deletion itself
            statement.execute("REVOKE INSERT ON " + s + ".purged_entry FROM " + r);
            statement.execute("GRANT EXECUTE ON FUNCTION " + s + ".zhicheng_purge_verdicts(INTEGER), " + s
                    + ".zhicheng_purge_archive_entries(DATE), " + s + ".zhicheng_purge_decision_notes(INTEGER) TO " + r);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
