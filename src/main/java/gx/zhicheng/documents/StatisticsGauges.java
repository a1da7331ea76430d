package gx.zhicheng.documents;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The statistics of every declaration year as gauges for /actuator/prometheus: zhicheng_verdicts{year,outcome},
 * zhicheng_findings{year,rule}, zhicheng_declarations_by_series{year,series} and
 * zhicheng_declarations_by_office{year,office}. Refreshed every minute from one grouped query over every year, and
 * after the statistics are read: the year read (every office's) at once from the counts just made, every year in
 * the background, at most once every {@link #MIN_INTERVAL}, so that a reader never waits for all the years.
 */
@Component
class StatisticsGauges implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StatisticsGauges.class);
    static final Duration MIN_INTERVAL = Duration.ofSeconds(10);

    private final LatestVerdictCounts counts;
    private final MultiGauge byOutcome;
    private final MultiGauge byRule;
    private final MultiGauge bySeries;
    private final MultiGauge byOffice;
    private final Map<Integer, Statistics> years = new TreeMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "statistics-gauges");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicLong lastStarted = new AtomicLong(Long.MIN_VALUE / 2);

    StatisticsGauges(LatestVerdictCounts counts, MeterRegistry registry) {
        this.counts = counts;
        this.byOutcome = MultiGauge.builder("zhicheng.verdicts")
                .description("Declarations by the outcome of their latest verdict").register(registry);
        this.byRule = MultiGauge.builder("zhicheng.findings")
                .description("Declarations whose latest verdict carries the finding").register(registry);
        this.bySeries = MultiGauge.builder("zhicheng.declarations.by.series")
                .description("Declarations with a verdict by series").register(registry);
        this.byOffice = MultiGauge.builder("zhicheng.declarations.by.office")
                .description("Declarations with a verdict by review office").register(registry);
    }

    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "PT1M")
    void refresh() {
        lastStarted.set(System.nanoTime());
        Map<Integer, List<Statistics.Group>> groups = counts.everyYear().stream()
                .collect(Collectors.groupingBy(Statistics.Group::year, TreeMap::new, Collectors.toList()));
        synchronized (this) {
            years.clear();
            groups.forEach((year, g) -> years.put(year, Statistics.counted(year, null, null, g)));
            register();
        }
    }

    /** Every year again in the background, unless that was started less than {@link #MIN_INTERVAL} ago or is queued. */
    void refreshSoon() {
        if (System.nanoTime() - lastStarted.get() < MIN_INTERVAL.toNanos() || !queued.compareAndSet(false, true)) {
            return;
        }
        background.execute(() -> {
            queued.set(false);
            try {
                refresh();
            } catch (RuntimeException e) {
                log.warn("Statistics gauges not refreshed: {}", e.toString());
            }
        });
    }

    /** One year's gauges from its statistics over every office. */
    synchronized void update(Statistics year) {
        years.put(year.year(), year);
        register();
    }

    private void register() {
        byOutcome.register(rows("outcome", Statistics::byOutcome, false), true);
        byRule.register(rows("rule", Statistics::byRule, false), true);
        bySeries.register(rows("series", Statistics::bySeries, false), true);
        byOffice.register(rows("office", Statistics::byOffice, true), true);
    }

    private List<MultiGauge.Row<?>> rows(String tag, java.util.function.Function<Statistics, List<Statistics.Count>> counts,
                                         boolean byName) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        years.forEach((year, s) -> counts.apply(s).forEach(c -> rows.add(MultiGauge.Row.of(
                Tags.of("year", year.toString(), tag, byName ? c.name() : c.code()), c.count()))));
        return rows;
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
