package gx.zhicheng.rules;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NO_TITLE_HISTORY_GAP: without a current title the work history must run unbroken from graduation to
 * the declaration (主要工作经历需完整填报). Any entry counts, freelance ones included. Without a
 * graduation date there is no start to check from, so the rule does not fire.
 */
final class NoTitleHistoryGap implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.NO_TITLE_HISTORY_GAP;
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        Declaration d = c.declaration();
        if (d.currentTitle() != null || d.education() == null || d.education().graduatedOn() == null) {
            return Optional.empty();
        }
        YearMonth from = YearMonth.from(d.education().graduatedOn()).plusMonths(1);
        List<List<YearMonth>> runs = new ArrayList<>();
        List<YearMonth> run = new ArrayList<>();
        for (YearMonth month : MonthRanges.between(from, c.month())) {
            if (WorkHistory.covering(c.workHistory(), month, c.month()).isEmpty()) {
                run.add(month);
                continue;
            }
            runs.add(run);
            run = new ArrayList<>();
        }
        runs.add(run);
        List<YearMonth> gapMonths = runs.stream().filter(r -> r.size() >= c.settings().noTitleGapMonths())
                .flatMap(List::stream).toList();
        if (gapMonths.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(code().finding(Outcome.RETURN,
                "无职称申报的，主要工作经历需完整填报取得学历后至申报时间段内的工作单位、职务变化及从事工作情况，以下期间未填报："
                        + MonthRanges.text(gapMonths) + "，请补充。",
                Evidence.with("graduatedOn", d.education().graduatedOn())
                        .and("uncoveredMonths", MonthRanges.of(gapMonths)).build()));
    }
}
