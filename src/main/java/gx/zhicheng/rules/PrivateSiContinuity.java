package gx.zhicheng.rules;

import gx.zhicheng.rules.Declaration.Employer;
import gx.zhicheng.rules.SiRecord.SiMonth;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PRIVATE_SI_CONTINUITY: a private-enterprise applicant needs six months of contributions at the
 * declaring unit, M-6 … M-1 (不含申报当月). An explained change of unit goes to the office (VERIFY)
 * when the change shows in those months; otherwise the applicant corrects (RETURN).
 */
final class PrivateSiContinuity implements Rule {

    static final int MONTHS = 6;

    @Override
    public RuleCode code() {
        return RuleCode.PRIVATE_SI_CONTINUITY;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.SI_FOUND, Need.EMPLOYER);
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        if (c.declaration().category() != Declaration.Category.PRIVATE_ENTERPRISE) {
            return Optional.empty();
        }
        Employer employer = c.declaration().employer();
        YearMonth from = c.month().minusMonths(MONTHS);
        YearMonth to = c.month().minusMonths(1);
        List<SiMonth> rows = c.unitRows(from, to);
        List<YearMonth> lacking = MonthRanges.between(from, to).stream()
                .filter(m -> rows.stream().noneMatch(r -> r.month().equals(m) && EmployerMatch.matches(employer, r)))
                .toList();
        if (lacking.isEmpty()) {
            return Optional.empty();
        }
        Set<String> otherSiUnits = new LinkedHashSet<>();
        rows.stream().filter(r -> !EmployerMatch.matches(employer, r))
                .sorted(Comparator.comparing(SiMonth::month))
                .forEach(r -> otherSiUnits.add(r.employerName() == null ? r.employerCreditCode() : r.employerName()));
        Set<String> otherDeclared = new LinkedHashSet<>();
        for (YearMonth m : MonthRanges.between(from, to)) {
            WorkHistory.covering(c.workHistory(), m, c.month()).stream()
                    .filter(e -> !e.isFreelance() && !EmployerMatch.matches(employer, e))
                    .forEach(e -> otherDeclared.add(e.employerName()));
        }
        boolean changeShown = !otherSiUnits.isEmpty() || !otherDeclared.isEmpty();
        boolean explained = c.hasAttachment(Declaration.AttachmentType.UNIT_CHANGE_EXPLANATION);
        Evidence evidence = Evidence.with("window", MonthRanges.range(from, to))
                .and("monthsLacking", MonthRanges.of(lacking))
                .and("otherSiUnits", List.copyOf(otherSiUnits))
                .and("otherDeclaredEmployers", List.copyOf(otherDeclared))
                .and("unitChangeExplanation", explained);
        if (explained && changeShown) {
            return Optional.of(code().finding(Outcome.VERIFY,
                    "民营企业申报人员在申报单位的社保缴费未连续满6个月（不含申报当月），以下月份缺少："
                            + MonthRanges.text(lacking) + "；申报人已上传工作单位变动情况说明，需由职改办核实。",
                    evidence.build()));
        }
        return Optional.of(code().finding(Outcome.RETURN,
                "民营企业申报人员应有在申报单位连续6个月以上（不含申报当月）的社保缴费记录，以下月份缺少："
                        + MonthRanges.text(lacking) + "；如6个月内有工作单位变动，请上传工作单位变动情况说明及证明材料。",
                evidence.build()));
    }
}
