package gx.zhicheng.rules;

import gx.zhicheng.rules.Declaration.WorkEntry;
import gx.zhicheng.rules.SiRecord.SiMonth;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * WORK_HISTORY_MISMATCH (suspicion): within the check window, too many months where SI shows a unit the
 * declared history does not name (conflict), or the history names a unit that paid nothing (gap).
 */
final class WorkHistoryMismatch implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.WORK_HISTORY_MISMATCH;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.SI_FOUND, Need.WORK_HISTORY);
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        YearMonth m = c.month();
        List<WorkEntry> history = c.workHistory();
        YearMonth earliest = history.stream().map(WorkEntry::from).filter(Objects::nonNull)
                .min(YearMonth::compareTo).orElse(m);
        YearMonth limit = m.minusMonths(c.settings().checkWindowMonths());
        YearMonth from = earliest.isAfter(limit) ? earliest : limit;
        YearMonth to = m.minusMonths(1);
        if (from.isAfter(to)) {
            return Optional.empty();
        }
        // the unit rows by month once: a window of months looked up row list by row list would cost months x rows
        Map<YearMonth, List<SiMonth>> rowsByMonth = c.unitRows(from, to).stream()
                .collect(Collectors.groupingBy(SiMonth::month));
        List<YearMonth> conflicts = new ArrayList<>();
        List<YearMonth> gaps = new ArrayList<>();
        Set<String> conflictEmployers = new LinkedHashSet<>();
        for (YearMonth month : MonthRanges.between(from, to)) {
            List<SiMonth> monthRows = rowsByMonth.getOrDefault(month, List.of());
            List<WorkEntry> covering = WorkHistory.covering(history, month, m);
            if (isConflict(monthRows, covering)) {
                conflicts.add(month);
                monthRows.forEach(r -> conflictEmployers.add(r.employerName() == null ? r.employerCreditCode() : r.employerName()));
            } else if (isGap(month, monthRows, covering, history)) {
                gaps.add(month);
            }
        }
        boolean tooManyConflicts = conflicts.size() >= c.settings().conflictMonths();
        boolean tooManyGaps = gaps.size() >= c.settings().gapMonths();
        if (!tooManyConflicts && !tooManyGaps) {
            return Optional.empty();
        }
        StringBuilder message = new StringBuilder("填报的工作经历与社保缴费记录不符（核验期间" + MonthRanges.range(from, to) + "）：");
        if (!conflicts.isEmpty()) {
            message.append(conflicts.size()).append("个月社保缴费单位与所填工作单位不一致（")
                    .append(MonthRanges.text(conflicts)).append("，缴费单位：")
                    .append(String.join("、", conflictEmployers)).append("）；");
        }
        if (!gaps.isEmpty()) {
            message.append(gaps.size()).append("个月所填工作单位无社保缴费记录（").append(MonthRanges.text(gaps)).append("）；");
        }
        message.append("需由职改办核实。经核实为填报虚假信息或提供虚假材料的，不予接收材料并记入职称评审诚信档案库。");
        return Optional.of(code().finding(Outcome.VERIFY, message.toString(),
                Evidence.with("window", MonthRanges.range(from, to))
                        .and("conflictMonthCount", conflicts.size()).and("conflictMonths", MonthRanges.of(conflicts))
                        .and("conflictSiEmployers", List.copyOf(conflictEmployers))
                        .and("gapMonthCount", gaps.size()).and("gapMonths", MonthRanges.of(gaps)).build()));
    }

    /** SI shows a unit paying, and none of the units paying is one the history names for that month. */
    private static boolean isConflict(List<SiMonth> monthRows, List<WorkEntry> covering) {
        return !monthRows.isEmpty()
                && monthRows.stream().noneMatch(r -> covering.stream().anyMatch(e -> EmployerMatch.matches(e, r)));
    }

    /**
     * The history names a unit but no unit paid. Not a gap: a freelance month (no unit pays for it), or the
     * first month of any declared entry (enrolment at a new unit lags a month).
     */
    private static boolean isGap(YearMonth month, List<SiMonth> monthRows, List<WorkEntry> covering, List<WorkEntry> history) {
        return monthRows.isEmpty()
                && covering.stream().anyMatch(e -> !e.isFreelance())
                && covering.stream().noneMatch(WorkEntry::isFreelance)
                && history.stream().noneMatch(e -> month.equals(e.from()));
    }
}
