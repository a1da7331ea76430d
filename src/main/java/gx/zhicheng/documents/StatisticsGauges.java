package gx.zhicheng.documents;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The statistics of every declaration year as gauges for /actuator/prometheus: zhicheng_verdicts{year,outcome},
 * zhicheng_findings{year,rule}, zhicheng_declarations_by_series{year,series} and
 * zhicheng_declarations_by_office{year,office}. Refreshed every minute and whenever the statistics are read.
 */
@Component
class StatisticsGauges {

    private final LatestVerdicts verdicts;
    private final MultiGauge byOutcome;
    private final MultiGauge byRule;
    private final MultiGauge bySeries;
    private final MultiGauge byOffice;

    StatisticsGauges(LatestVerdicts verdicts, MeterRegistry registry) {
        this.verdicts = verdicts;
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
    synchronized void refresh() {
        Map<Integer, Statistics> years = new TreeMap<>(verdicts.all().stream()
                .filter(r -> r.declaration().year() != null)
                .collect(Collectors.groupingBy(r -> r.declaration().year())).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Statistics.of(e.getKey(), null, null, e.getValue()))));
        byOutcome.register(rows(years, "outcome", Statistics::byOutcome, false), true);
        byRule.register(rows(years, "rule", Statistics::byRule, false), true);
        bySeries.register(rows(years, "series", Statistics::bySeries, false), true);
        byOffice.register(rows(years, "office", Statistics::byOffice, true), true);
    }

    private static List<MultiGauge.Row<?>> rows(Map<Integer, Statistics> years, String tag,
                                                java.util.function.Function<Statistics, List<Statistics.Count>> counts,
                                                boolean byName) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        years.forEach((year, s) -> counts.apply(s).forEach(c -> rows.add(MultiGauge.Row.of(
                Tags.of("year", year.toString(), tag, byName ? c.name() : c.code()), c.count()))));
        return rows;
    }
}
