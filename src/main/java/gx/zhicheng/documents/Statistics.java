package gx.zhicheng.documents;

import gx.zhicheng.rules.Labels;
import gx.zhicheng.rules.Finding;
import gx.zhicheng.rules.RuleCode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The year in numbers (年度统计): the declarations with a verdict, counted by the latest verdict's outcome, by
 * finding code (declarations carrying it), by series and by review office. {@code year} is set for a declaration
 * year, {@code from} and {@code to} (declaredOn, both included) for a range. {@code awaitingUnit}: the declarations
 * of the same year or range that wait for their unit's recommendation (rules 2022.2: SUBMITTED, no verdict owed yet),
 * counted beside the others, never in them. {@code asOf}: when they were counted (Beijing time; a year of every
 * office is kept for a while, {@link FigureSnapshots}).
 */
record Statistics(Integer year, LocalDate from, LocalDate to, int declarations, List<Count> byOutcome,
                  List<Count> byRule, List<Count> bySeries, List<Count> byOffice, long awaitingUnit, OffsetDateTime asOf) {

    /** The same counts with the declarations that wait for their unit. */
    Statistics withAwaitingUnit(long count) {
        return new Statistics(year, from, to, declarations, byOutcome, byRule, bySeries, byOffice, count, asOf);
    }

    /** The same counts, counted at {@code at}. */
    Statistics countedAt(OffsetDateTime at) {
        return new Statistics(year, from, to, declarations, byOutcome, byRule, bySeries, byOffice, awaitingUnit, at);
    }

    /** One count; {@code code} is null where there is no code (an office is known by its name). */
    record Count(String code, String name, long count) {}

    static final List<String> OUTCOMES = List.of("PASS", "RETURN", "VERIFY", "REJECT");

    /**
     * Declarations alike in what the statistics count: the latest verdict's outcome, the series, the verdict's office
     * name and its distinct rules (',A,B,', null for none), with how many there are ({@code year} for the gauges).
     */
    record Group(Integer year, String outcome, String series, String officeName, String rules, long count) {

        /** One declaration as a group of one. */
        static Group of(Reviewed r) {
            return new Group(r.declaration().year(), r.verdict().outcome().name(), r.declaration().series(),
                    r.verdict().reviewOffice() == null ? null : r.verdict().reviewOffice().name(),
                    r.verdict().findings().isEmpty() ? null
                            : "," + String.join(",", r.verdict().findings().stream().map(Finding::rule).distinct().toList()) + ",",
                    1);
        }

        List<String> ruleList() {
            return rules == null ? List.of()
                    : Arrays.stream(rules.split(",")).filter(code -> !code.isEmpty()).distinct().toList();
        }
    }

    /** From the declarations themselves (parsed): the reference the counts in SQL must equal. */
    static Statistics of(Integer year, LocalDate from, LocalDate to, List<Reviewed> reviewed) {
        return counted(year, from, to, reviewed.stream().map(Group::of).toList());
    }

    /** From declarations counted in groups (LatestVerdictCounts). */
    static Statistics counted(Integer year, LocalDate from, LocalDate to, List<Group> groups) {
        Map<String, Long> outcomes = sum(groups, Group::outcome);
        List<Count> byOutcome = OUTCOMES.stream()
                .map(o -> new Count(o, Labels.of(Labels.OUTCOME, o), outcomes.getOrDefault(o, 0L))).toList();
        Map<String, Long> rules = new HashMap<>();
        groups.forEach(g -> g.ruleList().forEach(rule -> rules.merge(rule, g.count(), Long::sum)));
        List<Count> byRule = rules.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> RuleCode.orderOf(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new Count(e.getKey(), Labels.of(Labels.RULE, e.getKey()), e.getValue())).toList();
        List<Count> bySeries = ranked(sum(groups, g -> g.series() == null ? "" : g.series()))
                .entrySet().stream().map(e -> new Count(e.getKey(), Labels.of(Labels.SERIES, e.getKey()), e.getValue())).toList();
        List<Count> byOffice = ranked(sum(groups, g -> g.officeName() == null ? "未注明" : g.officeName()))
                .entrySet().stream().map(e -> new Count(null, e.getKey(), e.getValue())).toList();
        long declarations = groups.stream().mapToLong(Group::count).sum();
        return new Statistics(year, from, to, Math.toIntExact(declarations), byOutcome, byRule, bySeries, byOffice, 0, null);
    }

    private static Map<String, Long> sum(List<Group> groups, Function<Group, String> key) {
        Map<String, Long> sums = new HashMap<>();
        groups.forEach(g -> sums.merge(key.apply(g), g.count(), Long::sum));
        return sums;
    }

    /** Counts by key, the largest first, then by key: the same data always gives the same order. */
    private static Map<String, Long> ranked(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
