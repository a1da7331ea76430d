package gx.zhicheng.runs;

import gx.zhicheng.system.DatabaseRetry;
import gx.zhicheng.system.ZhichengProperties;
import gx.zhicheng.system.InstanceId;
import gx.zhicheng.system.Masking;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The run records: one per sync, with progress counts written while it runs, so the console can follow it. */
@Component
public class SyncRuns {

    private static final Logger log = LoggerFactory.getLogger(SyncRuns.class);

    public record Run(long runId, String kind, String state, OffsetDateTime since, OffsetDateTime startedAt,
                      OffsetDateTime finishedAt, int pulled, int parked, int reviewed, int passed, int returned,
                      int verify, int rejected, int pushed, int failed, String message) {}

    private static final long PUSH_COUNT_PERIOD_NANOS = 500_000_000L;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String instance;
    private final java.time.Duration lease;
    private final Map<Long, PushCounts> pushCounts = new ConcurrentHashMap<>();

    private final FlowMetrics metrics;
    private final DatabaseRetry database;

    SyncRuns(JdbcTemplate jdbc, Clock clock, InstanceId instance, ZhichengProperties properties, FlowMetrics metrics,
             DatabaseRetry database) {
        this.jdbc = jdbc;
        this.database = database;
        this.metrics = metrics;
        this.clock = clock;
        this.instance = instance.value();
        this.lease = properties.sync().claimLease();
    }

    public long begin(String kind, OffsetDateTime since) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement(
                    "INSERT INTO sync_run (kind, state, since, started_at, instance_id, heartbeat_at) VALUES (?, 'RUNNING', ?, ?, ?, ?)",
                    new String[] {"run_id"});
            ps.setString(1, kind);
            ps.setTimestamp(2, since == null ? null : Timestamp.from(since.toInstant()));
            ps.setTimestamp(3, Timestamp.from(clock.instant()));
            ps.setString(4, instance);
            ps.setTimestamp(5, Timestamp.from(clock.instant()));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public void finish(long runId, String state, String message) {
        // the run's end is written even when the database failed the run: it is the record an operator reads
        database.run("write the counts of run " + runId, () -> writePushCounts(runId));
        pushCounts.remove(runId);
        database.run("finish run " + runId, () -> jdbc.update("UPDATE sync_run SET state = ?, finished_at = ?, message = ? WHERE run_id = ?",
                state, Timestamp.from(clock.instant()), message, runId));
        metrics.finished(state);
        find(runId).ifPresent(run -> log.info(
                "Sync run {} {}: pulled {}, parked {}, reviewed {} (PASS {}, RETURN {}, VERIFY {}, REJECT {}), pushed {}, failed {}{}",
                run.runId(), run.state(), run.pulled(), run.parked(), run.reviewed(), run.passed(), run.returned(),
                run.verify(), run.rejected(), run.pushed(), run.failed(),
                run.message() == null ? "" : " - " + Masking.mask(run.message())));
    }

    /**
     * Runs left RUNNING by a process that died: any run whose heartbeat is older than the claim lease. A run
     * alive on another instance keeps beating, so it is never marked.
     */
    public int abandonDead(String why) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.update("""
                UPDATE sync_run SET state = 'ABANDONED', finished_at = ?, message = ?
                 WHERE state = 'RUNNING' AND (heartbeat_at IS NULL OR heartbeat_at < ?)""",
                now, why, Timestamp.from(clock.instant().minus(lease)));
    }

    /**
     * Retention: empties the messages of the runs started before then (older versions kept raw exception text, which
     * could quote a person); answers how many.
     */
    public int forgetMessagesBefore(Timestamp cutoff) {
        return jdbc.update("UPDATE sync_run SET message = NULL WHERE started_at < ? AND message IS NOT NULL", cutoff);
    }

    public void addPulled(Long runId, int pulled, int parked) {
        metrics.pulled(pulled, parked);
        if (runId != null) {
            database.run("count pulled declarations", () -> jdbc.update(
                    "UPDATE sync_run SET pulled = pulled + ?, parked = parked + ?, heartbeat_at = ? WHERE run_id = ?",
                    pulled, parked, Timestamp.from(clock.instant()), runId));
        }
    }

    /**
     * The outcomes of a reviewed batch, in one statement (in the caller's transaction, with the verdicts).
     * Outcomes come as their codes of rules.md (PASS, INFO, RETURN, VERIFY, REJECT): the run ledger sits below
     * the review module and counts what it is told without knowing the rules.
     */
    public void addReviewed(Long runId, List<String> outcomes) {
        outcomes.forEach(metrics::reviewed);
        if (runId == null || outcomes.isEmpty()) {
            return;
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (String outcome : outcomes) {
            columns.merge(column(outcome), 1, Integer::sum);
        }
        StringBuilder sql = new StringBuilder("UPDATE sync_run SET reviewed = reviewed + ").append(outcomes.size());
        columns.forEach((column, n) -> sql.append(", ").append(column).append(" = ").append(column).append(" + ").append(n));
        jdbc.update(sql.append(", heartbeat_at = ? WHERE run_id = ?").toString(), Timestamp.from(clock.instant()), runId);
    }

    private static String column(String outcome) {
        return switch (outcome) {
            case "PASS", "INFO" -> "passed";
            case "RETURN" -> "returned";
            case "VERIFY" -> "verify";
            case "REJECT" -> "rejected";
            default -> throw new IllegalArgumentException("not an outcome of rules.md: " + outcome);
        };
    }

    /**
     * Counts a push. The counts are written at most every half second (and when the run finishes): one
     * commit per push on the run's single row made the parallel pushes queue behind each other.
     */
    public void addPushed(Long runId, boolean ok) {
        metrics.pushed(ok);
        if (runId == null) {
            return;
        }
        PushCounts counts = pushCounts.computeIfAbsent(runId, id -> new PushCounts());
        (ok ? counts.pushed : counts.failed).incrementAndGet();
        if (System.nanoTime() - counts.writtenAt > PUSH_COUNT_PERIOD_NANOS) {
            database.run("count pushes", () -> writePushCounts(runId));
        }
    }

    private void writePushCounts(long runId) {
        PushCounts counts = pushCounts.get(runId);
        if (counts == null) {
            return;
        }
        synchronized (counts) {
            counts.writtenAt = System.nanoTime();
            long pushed = counts.pushed.getAndSet(0);
            long failed = counts.failed.getAndSet(0);
            if (pushed + failed > 0) {
                jdbc.update("UPDATE sync_run SET pushed = pushed + ?, failed = failed + ?, heartbeat_at = ? WHERE run_id = ?",
                        pushed, failed, Timestamp.from(clock.instant()), runId);
            }
        }
    }

    /** The pushes of one run not yet written. */
    private static final class PushCounts {
        final AtomicLong pushed = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        volatile long writtenAt = System.nanoTime();
    }

    public Optional<Run> find(long runId) {
        return jdbc.query("SELECT * FROM sync_run WHERE run_id = ?", (rs, n) -> map(rs), runId).stream().findFirst();
    }

    public List<Run> recent(int limit) {
        return jdbc.query("SELECT * FROM sync_run ORDER BY run_id DESC LIMIT ?", (rs, n) -> map(rs), limit);
    }

    private static Run map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Run(rs.getLong("run_id"), rs.getString("kind"), rs.getString("state"), time(rs, "since"),
                time(rs, "started_at"), time(rs, "finished_at"), rs.getInt("pulled"), rs.getInt("parked"),
                rs.getInt("reviewed"), rs.getInt("passed"), rs.getInt("returned"), rs.getInt("verify"),
                rs.getInt("rejected"), rs.getInt("pushed"), rs.getInt("failed"), rs.getString("message"));
    }

    private static OffsetDateTime time(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant().atOffset(java.time.ZoneOffset.ofHours(8));
    }
}
