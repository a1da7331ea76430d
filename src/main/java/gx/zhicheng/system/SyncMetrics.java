package gx.zhicheng.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.function.ToIntFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an operator wants an alert on, for /actuator/prometheus: the pushes by state (DEAD ones wait for a
 * person), the unresolved parked declarations, and the counts of the latest sync run. Read from the
 * database at each scrape, so every instance sharing it reports the same figures.
 */
@Component
class SyncMetrics {

    SyncMetrics(MeterRegistry registry, JdbcTemplate jdbc, SyncRuns runs) {
        for (String state : List.of("PENDING", "SENT", "SUPERSEDED", "DEAD")) {
            Gauge.builder("zhicheng.outbox.pushes", () -> count(jdbc, "SELECT COUNT(*) FROM outbox WHERE state = ?", state))
                    .description("Pushes in the outbox by state").tag("state", state).register(registry);
        }
        Gauge.builder("zhicheng.parked.declarations",
                        () -> count(jdbc, "SELECT COUNT(*) FROM parked_declaration WHERE resolved_at IS NULL"))
                .description("Declaration versions that did not validate and wait for an operator").register(registry);
        latest(registry, runs, "pulled", SyncRuns.Run::pulled);
        latest(registry, runs, "reviewed", SyncRuns.Run::reviewed);
        latest(registry, runs, "verify", SyncRuns.Run::verify);
        latest(registry, runs, "pushed", SyncRuns.Run::pushed);
        latest(registry, runs, "failed", SyncRuns.Run::failed);
        Gauge.builder("zhicheng.sync.running", () -> runs.recent(1).stream().filter(r -> r.state().equals("RUNNING")).count())
                .description("1 while a sync runs").register(registry);
    }

    private static void latest(MeterRegistry registry, SyncRuns runs, String count, ToIntFunction<SyncRuns.Run> value) {
        Gauge.builder("zhicheng.sync.last.run", () -> runs.recent(1).stream().mapToInt(value).sum())
                .description("Progress counts of the latest sync run").tag("count", count).register(registry);
    }

    private static int count(JdbcTemplate jdbc, String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
