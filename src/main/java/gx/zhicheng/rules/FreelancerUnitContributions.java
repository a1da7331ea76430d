package gx.zhicheng.rules;

import gx.zhicheng.rules.SiRecord.SiMonth;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** FREELANCER_UNIT_CONTRIBUTIONS: a freelancer had a unit paying SI in M-5 … M (从申报当月起往前6个月). */
final class FreelancerUnitContributions implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.FREELANCER_UNIT_CONTRIBUTIONS;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.SI_FOUND);
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        if (c.declaration().category() != Declaration.Category.FREELANCER) {
            return Optional.empty();
        }
        YearMonth from = c.month().minusMonths(5);
        List<SiMonth> rows = c.unitRows(from, c.month());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<YearMonth> months = rows.stream().map(SiMonth::month).distinct().toList();
        List<String> units = rows.stream().sorted(Comparator.comparing(SiMonth::month))
                .map(r -> r.employerName() == null ? r.employerCreditCode() : r.employerName())
                .filter(Objects::nonNull).distinct().toList();
        return Optional.of(code().finding(Outcome.RETURN,
                "自由职业申报人员从申报当月起往前6个月应不在任何单位缴纳社保，社保数据显示以下月份有单位缴费："
                        + MonthRanges.text(months) + "（" + String.join("、", units)
                        + "）。请通过人事劳动关系所在单位申报，或核实社保缴费情况后再申报。",
                Evidence.with("window", MonthRanges.range(from, c.month())).and("months", MonthRanges.of(months))
                        .and("siEmployers", units).build()));
    }
}
