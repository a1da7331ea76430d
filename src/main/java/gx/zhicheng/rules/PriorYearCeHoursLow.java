package gx.zhicheng.rules;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * PRIOR_YEAR_CE_HOURS_LOW (INFO): the prior year's CE hours are below the requirement of 人社部令第25号.
 * A reference for the committee, never a block.
 */
final class PriorYearCeHoursLow implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.PRIOR_YEAR_CE_HOURS_LOW;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.CE_ANSWER);
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        int year = c.year() - 1;
        int total = c.settings().ceTotalHours();
        int professional = c.settings().ceProfessionalHours();
        Optional<CeRecord.CeYear> row = c.ce().found() ? c.ce().year(year) : Optional.empty();
        Evidence evidence = Evidence.with("year", year).and("requiredTotalHours", total)
                .and("requiredProfessionalHours", professional);
        if (row.isEmpty()) {
            return Optional.of(code().finding(Outcome.INFO,
                    "继续教育数据中没有申报人" + year + "年度的学时记录（每年累计应不少于" + total + "学时，其中专业科目不少于"
                            + professional + "学时），作为推荐参评的参考。",
                    evidence.and("recorded", false).build()));
        }
        CeRecord.CeYear hours = row.get();
        BigDecimal sum = hours.totalHours();
        if (sum.compareTo(BigDecimal.valueOf(total)) >= 0
                && hours.professionalHours().compareTo(BigDecimal.valueOf(professional)) >= 0) {
            return Optional.empty();
        }
        return Optional.of(code().finding(Outcome.INFO,
                "申报人" + year + "年度继续教育学时为" + sum.toPlainString() + "学时（公需科目"
                        + hours.publicHours().toPlainString() + "学时、专业科目" + hours.professionalHours().toPlainString()
                        + "学时），未达到每年累计不少于" + total + "学时、其中专业科目不少于" + professional
                        + "学时的要求，作为推荐参评的参考。",
                evidence.and("recorded", true).and("publicHours", hours.publicHours())
                        .and("professionalHours", hours.professionalHours()).and("totalHours", sum).build()));
    }
}
