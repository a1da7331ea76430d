package gx.zhicheng.sync;

import gx.zhicheng.runs.SyncRuns;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an operator wants an alert on, for /actuator/prometheus: the pushes by state (DEAD ones wait for a
 * person), the unresolved parked declarations, the counts of the latest sync run, and what the alert rules of
 * docs/monitoring/ compare: the finished runs that failed in a row, the end of the last successful run, the
 * interval of the current phase, the age of the oldest pending push, the review queue and the dead letters not
 * retried. Read from the database, so every instance sharing it reports the same figures; one snapshot (a few
 * indexed queries) serves all the gauges of a scrape instead of a query per gauge.
 */
@Component
class SyncMetrics {

    private static final long SNAPSHOT_NANOS = 2_000_000_000L;
    private static final List<String> OUTBOX_STATES = List.of("PENDING", "SENT", "SUPERSEDED", "DEAD");

    /** How far back the failed runs in a row are counted: the alert asks for two. */
    private static final int FAILED_RUNS_LOOKBACK = 10;

    private record Snapshot(long takenAt, Map<String, Integer> outbox, int parked, Optional<SyncRuns.Run> latest,
                            int failedInARow, double lastSuccess, double oldestPendingAge, int reviewQueue,
                            int deadLetters) {}

    private final JdbcTemplate jdbc;
    private final SyncRuns runs;
    private final Clock clock;
    /** Before the first successful run the adapter's start stands for it: a new install is not late at once. */
    private final Instant started;
    private volatile Snapshot snapshot;

    SyncMetrics(MeterRegistry registry, JdbcTemplate jdbc, SyncRuns runs, SyncSchedule schedule, Clock clock) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.clock = clock;
        this.started = clock.instant();
        for (String state : OUTBOX_STATES) {
            Gauge.builder("zhicheng.outbox.pushes", () -> snapshot().outbox().getOrDefault(state, 0))
                    .description("Pushes in the outbox by state").tag("state", state).register(registry);
        }
        Gauge.builder("zhicheng.parked.declarations", () -> snapshot().parked())
                .description("Declaration versions that did not validate and wait for an operator").register(registry);
        latest(registry, "pulled", SyncRuns.Run::pulled);
        latest(registry, "reviewed", SyncRuns.Run::reviewed);
        latest(registry, "verify", SyncRuns.Run::verify);
        latest(registry, "pushed", SyncRuns.Run::pushed);
        latest(registry, "failed", SyncRuns.Run::failed);
        Gauge.builder("zhicheng.sync.running", () -> snapshot().latest().filter(r -> r.state().equals("RUNNING")).isPresent() ? 1 : 0)
                .description("1 while a sync runs").register(registry);
        Gauge.builder("zhicheng.sync.failed.in.a.row", () -> snapshot().failedInARow())
                .description("Finished sync runs that failed one after the other, the latest included (0: it succeeded)")
                .register(registry);
        Gauge.builder("zhicheng.sync.last.success.timestamp.seconds", () -> snapshot().lastSuccess())
                .description("End of the last successful sync run (the adapter's start before the first one), epoch seconds")
                .register(registry);
        Gauge.builder("zhicheng.sync.interval.seconds", () -> schedule.interval().toSeconds())
                .description("Time between two scheduled runs in the current month's phase").register(registry);
        Gauge.builder("zhicheng.outbox.oldest.pending.age.seconds", () -> snapshot().oldestPendingAge())
                .description("Age of the oldest push still waiting to be sent (0: none waits)").register(registry);
        Gauge.builder("zhicheng.review.queue", () -> snapshot().reviewQueue())
                .description("Declarations pulled and waiting for their review").register(registry);
        Gauge.builder("zhicheng.dead.letters", () -> snapshot().deadLetters())
                .description("Pushes refused for good and not retried by an operator").register(registry);
    }

    private void latest(MeterRegistry registry, String count, ToIntFunction<SyncRuns.Run> value) {
        Gauge.builder("zhicheng.sync.last.run", () -> snapshot().latest().map(value::applyAsInt).orElse(0))
                .description("Progress counts of the latest sync run").tag("count", count).register(registry);
    }

    /** The figures of the current scrape: read again when older than two seconds. */
    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.takenAt() > SNAPSHOT_NANOS) {
            Map<String, Integer> outbox = new HashMap<>();
            jdbc.query("SELECT state, COUNT(*) FROM outbox GROUP BY state", rs -> {
                outbox.put(rs.getString(1), rs.getInt(2));
            });
            Integer parked = jdbc.queryForObject("SELECT COUNT(*) FROM parked_declaration WHERE resolved_at IS NULL",
                    Integer.class);
            List<String> finished = jdbc.queryForList(
                    "SELECT state FROM sync_run WHERE state <> 'RUNNING' ORDER BY run_id DESC LIMIT " + FAILED_RUNS_LOOKBACK,
                    String.class);
            int failedInARow = 0;
            while (failedInARow < finished.size() && finished.get(failedInARow).equals("FAILED")) {
                failedInARow++;
            }
            Timestamp success = jdbc.queryForObject("SELECT MAX(finished_at) FROM sync_run WHERE state = 'SUCCEEDED'",
                    Timestamp.class);
            Instant lastSuccess = success == null ? started : success.toInstant();
            Timestamp oldest = jdbc.queryForObject("SELECT MIN(created_at) FROM outbox WHERE state = 'PENDING'",
                    Timestamp.class);
            double oldestAge = oldest == null ? 0
                    : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0);
            Integer queue = jdbc.queryForObject("SELECT COUNT(*) FROM declaration WHERE review_state = 'PENDING'", Integer.class);
            Integer dead = jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter WHERE retried_at IS NULL", Integer.class);
            current = new Snapshot(System.nanoTime(), Map.copyOf(outbox), parked == null ? 0 : parked,
                    runs.recent(1).stream().findFirst(), failedInARow, lastSuccess.toEpochMilli() / 1000.0, oldestAge,
                    queue == null ? 0 : queue, dead == null ? 0 : dead);
            snapshot = current;
        }
        return current;
    }
}
