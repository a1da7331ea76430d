package gx.zhicheng.system;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fresh planner statistics for the tables a sync run fills (declaration, verdict, outbox), on PostgreSQL: after a
 * bulk load, as the first sync of a year is, a run's batch statements (the claims, the same-level lookup of a batch's
 * people, the latest verdicts of a batch) are planned with statistics of a far smaller table, or none. Without any,
 * PostgreSQL takes {@code id_number IN (100 values)} for half the table and reads all of it: at 100,000
 * declarations on a server without autovacuum the same-level lookup read 28,000 blocks a batch and the database
 * spent more CPU per declaration than the adapter (docs/benchmark.md). Autovacuum's analyze lags a run that grows a
 * table from nothing within minutes too; so the adapter analyzes these three itself once they have grown by a
 * quarter since the last time (and by 1,000 rows at least), like a load job does. Never on H2 (no need: it plans
 * these by index). A failed ANALYZE is logged and never fails the caller; it is tried again after more growth.
 */
@Component
public class TableStatistics {

    private static final Logger log = LoggerFactory.getLogger(TableStatistics.class);
    private static final long FIRST_AFTER_ROWS = 1_000;
    private static final double GROWTH = 0.25;

    private final JdbcTemplate jdbc;
    private final AtomicLong written = new AtomicLong();
    private final AtomicBoolean analyzing = new AtomicBoolean();
    private final AtomicLong analyzes = new AtomicLong();
    private volatile Boolean postgres;
    /** The declarations at the last ANALYZE (or at the first write, from the statistics then). */
    private volatile long analyzedRows = -1;

    TableStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows were written to the run's tables (declarations stored, verdicts recorded); may analyze them. */
    public void written(int rows) {
        if (rows <= 0 || !postgres()) {
            return;
        }
        long since = written.addAndGet(rows);
        if (analyzedRows < 0) {
            analyzedRows = knownRows();
        }
        if (since < Math.max(FIRST_AFTER_ROWS, (long) (GROWTH * analyzedRows)) || !analyzing.compareAndSet(false, true)) {
            return;
        }
        try {
            long started = System.nanoTime();
            jdbc.execute("ANALYZE declaration, verdict, outbox");
            analyzes.incrementAndGet();
            analyzedRows = knownRows();
            written.addAndGet(-since);
            log.info("Analyzed declaration, verdict and outbox after {} rows written ({} declarations, {} ms)", since,
                    analyzedRows, (System.nanoTime() - started) / 1_000_000);
        } catch (DataAccessException e) {
            log.warn("ANALYZE of the run's tables failed, tried again after more rows: {}", e.getMessage());
            written.addAndGet(-since);
        } finally {
            analyzing.set(false);
        }
    }

    /** How many times the tables were analyzed (for the health of a long-running instance, and tests). */
    public long analyzes() {
        return analyzes.get();
    }

    private long knownRows() {
        try {
            Long rows = jdbc.queryForObject(
                    "SELECT CAST(GREATEST(reltuples, 0) AS BIGINT) FROM pg_class WHERE oid = CAST('declaration' AS regclass)",
                    Long.class);
            return rows == null ? 0 : rows;
        } catch (DataAccessException e) {
            return 0;
        }
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            try {
                known = "PostgreSQL".equals(jdbc.execute(
                        (ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName()));
            } catch (DataAccessException e) {
                // the database is away: decide on the next write
                return false;
            }
            postgres = known;
        }
        return known;
    }
}
