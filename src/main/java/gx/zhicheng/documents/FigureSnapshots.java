package gx.zhicheng.documents;

import gx.zhicheng.system.ZhichengProperties;
import gx.zhicheng.web.OfficeScope;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures of a whole year over every office, kept between reads: the city office's supervision view and the
 * year's statistics of every office (a county's statistics, one office's, a date range: counted at every read, they
 * read a few index entries). Taking them groups the year's declarations (200,000 index entries at 1,000,000
 * declarations): 150-300 ms on an idle two-core machine, several times that under load (docs/benchmark.md), too
 * slow to pay on every read of a view the city office opens, reloads and exports. So a read answers from the year's
 * snapshot unless:
 * <ul>
 * <li>a verdict or a decision has been recorded since it was taken (the highest verdict and decision ids, two
 *     look-ups of a primary key, on every read): an office that has just decided, or a sync that has just reviewed,
 *     sees it on its next read, on every instance alike;</li>
 * <li>it is older than three refresh intervals (the background refresh has failed, the database was away): then the
 *     read takes the figures itself, and fails as any read does if the database is still away.</li>
 * </ul>
 * The years read within the last hour are taken again in the background every {@code figures-refresh} (30 s): what
 * changes the figures without a verdict or decision (a withdrawal, a declaration stored waiting for its unit,
 * retention), and a verdict whose transaction commits after one with a higher id (the ids are handed out before the
 * commits), shows within that interval. {@code asOf} on the figures says when they were taken; the console shows
 * it. Each taking is timed ({@code zhicheng.figures.taken}, tagged by view, on /actuator/prometheus). Zero: no
 * snapshot, every read takes the figures.
 */
@Component
class FigureSnapshots implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FigureSnapshots.class);
    /** A year nobody read for this long is no longer taken in the background. */
    static final Duration WATCHED_FOR = Duration.ofHours(1);
    private static final String CHANGES = "SELECT (SELECT MAX(id) FROM verdict), (SELECT MAX(id) FROM decision)";

    /** The highest verdict and decision ids when the figures were taken: a new verdict or decision changes them. */
    private record Changes(long verdict, long decision) {}

    private final JdbcTemplate jdbc;
    private final Duration refresh;
    private final Kept<Supervision> supervision;
    private final Kept<Statistics> statistics;
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "figure-snapshots");
        thread.setDaemon(true);
        return thread;
    });

    FigureSnapshots(SupervisionFigures supervisionFigures, LatestVerdictCounts counts, StatisticsGauges gauges,
                    JdbcTemplate jdbc, Clock clock, ZhichengProperties.Documents settings, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.refresh = settings.figuresRefresh();
        this.supervision = new Kept<>("supervision", supervisionFigures::ofYear, registry);
        this.statistics = new Kept<>("statistics", year -> {
            Statistics every = Statistics.counted(year, null, null, counts.ofYear(year, OfficeScope.everyOffice()))
                    .withAwaitingUnit(counts.awaitingUnitOfYear(year, OfficeScope.everyOffice()))
                    .countedAt(OffsetDateTime.now(clock));
            gauges.update(every); // the year's gauges are these very counts
            return every;
        }, registry);
        if (!refresh.isZero()) {
            background.scheduleWithFixedDelay(this::refreshWatched, refresh.toMillis(), refresh.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** The city office's supervision view of the year. */
    Supervision supervision(int year) {
        return supervision.ofYear(year);
    }

    /** The year's statistics of every office. */
    Statistics statistics(int year) {
        return statistics.ofYear(year);
    }

    /** The years read within {@link #WATCHED_FOR}, taken again; the others forgotten. */
    void refreshWatched() {
        supervision.refreshWatched();
        statistics.refreshWatched();
    }

    private Changes changes() {
        return jdbc.queryForObject(CHANGES, (rs, i) -> new Changes(rs.getLong(1), rs.getLong(2)));
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }

    /** One view's snapshots, a year each; one taking per year at a time. */
    private final class Kept<T> {

        private record Snapshot<T>(T figures, Changes changes, long takenNanos, AtomicLong readNanos) {}

        private final String view;
        private final IntFunction<T> take;
        private final Timer timer;
        private final Map<Integer, Snapshot<T>> years = new ConcurrentHashMap<>();
        private final Map<Integer, Object> locks = new ConcurrentHashMap<>();

        Kept(String view, IntFunction<T> take, MeterRegistry registry) {
            this.view = view;
            this.take = take;
            this.timer = Timer.builder("zhicheng.figures.taken").tag("view", view)
                    .description("Time to take one year's figures of every office from the tables").register(registry);
        }

        T ofYear(int year) {
            if (refresh.isZero()) {
                return timer.record(() -> take.apply(year));
            }
            Changes now = changes();
            Snapshot<T> kept = years.get(year);
            if (usable(kept, now)) {
                kept.readNanos().set(System.nanoTime());
                return kept.figures();
            }
            synchronized (locks.computeIfAbsent(year, y -> new Object())) {
                // another read may have taken them while this one waited
                Snapshot<T> again = years.get(year);
                if (usable(again, now)) {
                    again.readNanos().set(System.nanoTime());
                    return again.figures();
                }
                Snapshot<T> taken = take(year, now);
                taken.readNanos().set(System.nanoTime());
                return taken.figures();
            }
        }

        private boolean usable(Snapshot<T> kept, Changes now) {
            return kept != null && kept.changes().equals(now)
                    && System.nanoTime() - kept.takenNanos() < refresh.multipliedBy(3).toNanos();
        }

        /** The changes are read before the figures: a verdict recorded in between makes the next read take them again. */
        private Snapshot<T> take(int year, Changes changes) {
            T figures = timer.record(() -> take.apply(year));
            long nanos = System.nanoTime();
            Snapshot<T> previous = years.get(year);
            Snapshot<T> snapshot = new Snapshot<>(figures, changes, nanos,
                    new AtomicLong(previous == null ? nanos : previous.readNanos().get()));
            years.put(year, snapshot);
            return snapshot;
        }

        void refreshWatched() {
            long now = System.nanoTime();
            for (Map.Entry<Integer, Snapshot<T>> e : years.entrySet()) {
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
                    log.warn("The {} figures of {} not refreshed: {}", view, year, failed.toString());
                }
            }
        }
    }
}
