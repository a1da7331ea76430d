package gx.zhicheng.sync;

import gx.zhicheng.runs.SyncRuns;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an operator wants an alert on, for /actuator/prometheus: the pushes by state (DEAD ones wait for a
 * person), the unresolved parked declarations, and the counts of the latest sync run. Read from the
 * database, so every instance sharing it reports the same figures; one snapshot (three queries) serves all
 * the gauges of a scrape instead of a query per gauge.
 */
@Component
class SyncMetrics {

    private static final long SNAPSHOT_NANOS = 2_000_000_000L;
    private static final List<String> OUTBOX_STATES = List.of("PENDING", "SENT", "SUPERSEDED", "DEAD");

    private record Snapshot(long takenAt, Map<String, Integer> outbox, int parked, Optional<SyncRuns.Run> latest) {}

    private final JdbcTemplate jdbc;
    private final SyncRuns runs;
    private volatile Snapshot snapshot;

    SyncMetrics(MeterRegistry registry, JdbcTemplate jdbc, SyncRuns runs) {
        this.jdbc = jdbc;
        this.runs = runs;
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
            current = new Snapshot(System.nanoTime(), Map.copyOf(outbox), parked == null ? 0 : parked,
                    runs.recent(1).stream().findFirst());
            snapshot = current;
        }
        return current;
    }
}
