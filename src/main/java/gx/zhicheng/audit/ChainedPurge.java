package gx.zhicheng.audit;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Retention's deletes of chained rows, each recorded in purged_entry in the same statement's transaction, so the walk
 * tells a purge from a deletion by SQL. On PostgreSQL they go through SECURITY DEFINER functions (V192): the
 * application's role has no DELETE on the chained tables, only the functions, which record what they remove.
 */
@Component
public class ChainedPurge {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final boolean postgres;

    ChainedPurge(JdbcTemplate jdbc, Clock clock, DataSource dataSource) throws java.sql.SQLException {
        this.jdbc = jdbc;
        this.clock = clock;
        try (var connection = dataSource.getConnection()) {
            this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    /** Deletes the verdicts of the declarations of that year and earlier; answers how many. */
    public int verdictsOfYearsUpTo(int lastYear) {
        if (postgres) {
            return jdbc.queryForObject("SELECT zhicheng_purge_verdicts(?)", Integer.class, lastYear);
        }
        // what the verdicts were computed from: the answers go, the digests stay (a replay then says why it cannot run)
        String inputs = "SELECT id FROM verdict_input WHERE inputs IS NOT NULL AND declaration_id IN "
                + "(SELECT declaration_id FROM declaration WHERE decl_year <= ?)";
        jdbc.update("INSERT INTO purged_entry (kind, ref_id, what, purged_at) SELECT 'INPUT', id, 'PERSONAL', ? FROM verdict_input "
                + "WHERE id IN (" + inputs + ") AND id NOT IN (SELECT ref_id FROM purged_entry WHERE kind = 'INPUT' AND what = 'PERSONAL')",
                Timestamp.from(clock.instant()), lastYear);
        jdbc.update("UPDATE verdict_input SET inputs = NULL WHERE id IN (" + inputs + ")", lastYear);
        String ids = "SELECT v.id FROM verdict v WHERE v.declaration_id IN (SELECT declaration_id FROM declaration WHERE decl_year <= ?)";
        jdbc.update("INSERT INTO purged_entry (kind, ref_id, what, purged_at) SELECT 'VERDICT', id, 'ROW', ? FROM verdict WHERE id IN ("
                + ids + ") AND id NOT IN (SELECT ref_id FROM purged_entry WHERE kind = 'VERDICT' AND what = 'ROW')",
                Timestamp.from(clock.instant()), lastYear);
        return jdbc.update("DELETE FROM verdict WHERE id IN (" + ids + ")", lastYear);
    }

    /** Deletes the archive entries that expired on or before that day; answers how many. */
    public int archiveEntriesExpiredBy(LocalDate day) {
        if (postgres) {
            return jdbc.queryForObject("SELECT zhicheng_purge_archive_entries(?)", Integer.class, Date.valueOf(day));
        }
        jdbc.update("INSERT INTO purged_entry (kind, ref_id, what, purged_at) SELECT 'ARCHIVE', id, 'ROW', ? FROM archive_entry "
                + "WHERE expires_on <= ? AND id NOT IN (SELECT ref_id FROM purged_entry WHERE kind = 'ARCHIVE' AND what = 'ROW')",
                Timestamp.from(clock.instant()), Date.valueOf(day));
        return jdbc.update("DELETE FROM archive_entry WHERE expires_on <= ?", Date.valueOf(day));
    }

    /**
     * Empties the personal parts (note, evidence) of the decisions on the declarations of that year and earlier,
     * recorded as such: for retention of decision notes. The decision itself (who, when, what) stays and verifies.
     */
    public int decisionNotesOfYearsUpTo(int lastYear) {
        if (postgres) {
            return jdbc.queryForObject("SELECT zhicheng_purge_decision_notes(?)", Integer.class, lastYear);
        }
        String ids = "SELECT id FROM decision WHERE declaration_id IN (SELECT declaration_id FROM declaration WHERE decl_year <= ?)"
                + " AND (note IS NOT NULL OR evidence <> '{}')";
        jdbc.update("INSERT INTO purged_entry (kind, ref_id, what, purged_at) SELECT 'DECISION', id, 'PERSONAL', ? FROM decision "
                + "WHERE id IN (" + ids + ") AND id NOT IN (SELECT ref_id FROM purged_entry WHERE kind = 'DECISION' AND what = 'PERSONAL')",
                Timestamp.from(clock.instant()), lastYear);
        return jdbc.update("UPDATE decision SET note = NULL, evidence = '{}' WHERE id IN (" + ids + ")", lastYear);
    }
}
