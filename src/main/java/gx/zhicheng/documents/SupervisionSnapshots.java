package gx.zhicheng.documents;

import gx.zhicheng.system.ZhichengProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The supervision figures of the years being looked at, kept between reads. Taking them groups a year's
 * declarations (200,000 index entries at 1,000,000 declarations) and its decisions: 150-300 ms on an idle two-core
 * machine, several times that under load (docs/benchmark.md), too slow to pay on every read of a view the city
 * office opens, reloads and exports. So a read answers from the year's snapshot unless:
 * <ul>
 * <li>a verdict or a decision has been recorded since it was taken (the highest verdict and decision ids, two
 *     look-ups of a primary key, on every read): an office that has just decided, or a sync that has just reviewed,
 *     sees it on its next read, on every instance alike;</li>
 * <li>it is older than three refresh intervals (the background refresh below has failed, the database was away):
 *     then the read takes the figures itself, and fails as any read does if the database is still away.</li>
 * </ul>
 * The years read within the last hour are taken again in the background every {@code supervision-refresh} (30 s):
 * what changes the figures without a verdict or decision (a withdrawal, a declaration stored waiting for its unit,
 * retention) shows within that interval. {@code asOf} on the figures says when they were taken; the console shows it.
 * Each taking is timed ({@code zhicheng.supervision.figures}, /actuator/prometheus). Zero: no snapshot, every read
 * takes the figures.
 */
@Component
class SupervisionSnapshots implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SupervisionSnapshots.class);
    /** A year nobody read for this long is no longer taken in the background. */
    static final Duration WATCHED_FOR = Duration.ofHours(1);
    private static final String CHANGES = "SELECT (SELECT MAX(id) FROM verdict), (SELECT MAX(id) FROM decision)";

    /** The highest verdict and decision ids when the figures were taken: a new verdict or decision changes them. */
    private record Changes(long verdict, long decision) {}

    private record Snapshot(Supervision figures, Changes changes, long takenNanos, AtomicLong readNanos) {}

    private final SupervisionFigures figures;
    private final JdbcTemplate jdbc;
    private final Duration refresh;
    private final Timer taking;
    private final Map<Integer, Snapshot> years = new ConcurrentHashMap<>();
    private final Map<Integer, Object> locks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "supervision-figures");
        thread.setDaemon(true);
        return thread;
    });

    SupervisionSnapshots(SupervisionFigures figures, JdbcTemplate jdbc, ZhichengProperties.Documents settings,
                         MeterRegistry registry) {
        this.figures = figures;
        this.jdbc = jdbc;
        this.refresh = settings.supervisionRefresh();
        this.taking = Timer.builder("zhicheng.supervision.figures")
                .description("Time to take one year's supervision figures from the tables").register(registry);
        if (!refresh.isZero()) {
            background.scheduleWithFixedDelay(this::refreshWatched, refresh.toMillis(), refresh.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    Supervision ofYear(int year) {
        if (refresh.isZero()) {
            return taking.record(() -> figures.ofYear(year));
        }
        Changes now = changes();
        Snapshot kept = years.get(year);
        if (usable(kept, now)) {
            kept.readNanos().set(System.nanoTime());
            return kept.figures();
        }
        synchronized (locks.computeIfAbsent(year, y -> new Object())) {
            // another read may have taken them while this one waited (one taking per year at a time)
            Snapshot again = years.get(year);
            if (usable(again, now)) {
                again.readNanos().set(System.nanoTime());
                return again.figures();
            }
            Snapshot taken = take(year, now);
            taken.readNanos().set(System.nanoTime());
            return taken.figures();
        }
    }

    private boolean usable(Snapshot kept, Changes now) {
        return kept != null && kept.changes().equals(now)
                && System.nanoTime() - kept.takenNanos() < refresh.multipliedBy(3).toNanos();
    }

    /** Reads the changes before the figures: a verdict recorded in between makes the next read take them again. */
    private Snapshot take(int year, Changes changes) {
        Supervision taken = taking.record(() -> figures.ofYear(year));
        long nanos = System.nanoTime();
        Snapshot previous = years.get(year);
        Snapshot snapshot = new Snapshot(taken, changes, nanos,
                new AtomicLong(previous == null ? nanos : previous.readNanos().get()));
        years.put(year, snapshot);
        return snapshot;
    }

    private Changes changes() {
        return jdbc.queryForObject(CHANGES, (rs, i) -> new Changes(rs.getLong(1), rs.getLong(2)));
    }

    /** The years read within {@link #WATCHED_FOR}, taken again; the others forgotten. */
    void refreshWatched() {
        long now = System.nanoTime();
        for (Map.Entry<Integer, Snapshot> e : years.entrySet()) {
            int year = e.getKey();
            if (now - e.getValue().readNanos().get() > WATCHED_FOR.toNanos()) {
                years.remove(year, e.getValue());
                continue;
            }
            try {
                synchronized (locks.computeIfAbsent(year, y -> new Object())) {
                    take(year, changes());
                }
            } catch (RuntimeException failed) {
                // the next read takes them itself once the snapshot is three intervals old
                log.warn("Supervision figures of {} not refreshed: {}", year, failed.toString());
            }
        }
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
