package gx.zhicheng.documents;

import gx.zhicheng.review.Labels;
import gx.zhicheng.review.Finding;
import gx.zhicheng.review.ReviewOffice;
import gx.zhicheng.review.RuleCode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The year in numbers (年度统计): the declarations with a verdict, counted by the latest verdict's outcome, by
 * finding code (declarations carrying it), by series and by review office. {@code year} is set for a declaration
 * year, {@code from} and {@code to} (declaredOn, both included) for a range.
 */
record Statistics(Integer year, LocalDate from, LocalDate to, int declarations, List<Count> byOutcome,
                  List<Count> byRule, List<Count> bySeries, List<Count> byOffice) {

    /** One count; {@code code} is null where there is no code (an office is known by its name). */
    record Count(String code, String name, long count) {}

    static final List<String> OUTCOMES = List.of("PASS", "RETURN", "VERIFY", "REJECT");

    static Statistics of(Integer year, LocalDate from, LocalDate to, List<Reviewed> reviewed) {
        Map<String, Long> outcomes = reviewed.stream()
                .collect(Collectors.groupingBy(r -> r.verdict().outcome().name(), Collectors.counting()));
        List<Count> byOutcome = OUTCOMES.stream()
                .map(o -> new Count(o, Labels.of(Labels.OUTCOME, o), outcomes.getOrDefault(o, 0L))).toList();
        Map<String, Long> rules = reviewed.stream()
                .flatMap(r -> r.verdict().findings().stream().map(Finding::rule).distinct())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<Count> byRule = rules.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> RuleCode.orderOf(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new Count(e.getKey(), Labels.of(Labels.RULE, e.getKey()), e.getValue())).toList();
        List<Count> bySeries = ranked(reviewed, r -> r.declaration().series() == null ? "" : r.declaration().series())
                .entrySet().stream().map(e -> new Count(e.getKey(), Labels.of(Labels.SERIES, e.getKey()), e.getValue())).toList();
        List<Count> byOffice = ranked(reviewed, r -> officeName(r.verdict().reviewOffice()))
                .entrySet().stream().map(e -> new Count(null, e.getKey(), e.getValue())).toList();
        return new Statistics(year, from, to, reviewed.size(), byOutcome, byRule, bySeries, byOffice);
    }

    private static String officeName(ReviewOffice office) {
        return office == null || office.name() == null ? "未注明" : office.name();
    }

    /** Counts by key, the largest first, then by key: the same data always gives the same order. */
    private static Map<String, Long> ranked(List<Reviewed> reviewed, Function<Reviewed, String> key) {
        return reviewed.stream().collect(Collectors.groupingBy(key, Collectors.counting())).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
