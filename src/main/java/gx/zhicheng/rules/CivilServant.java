package gx.zhicheng.rules;

import gx.zhicheng.rules.Declaration.Category;
import gx.zhicheng.rules.SiRecord.EmployerType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * CIVIL_SERVANT: REJECT by the declared category, VERIFY when only the SI data points at a government
 * agency (that alone does not prove civil-servant status). A civil-service transition period reports
 * CIVIL_SERVICE_TRANSITION (INFO) instead, but never for a government agency. The SI part reads the
 * context's unit rows, which are empty when the SI record is not found, so it then simply does not apply.
 */
final class CivilServant implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.CIVIL_SERVANT;
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        Category category = c.declaration().category();
        LocalDate transitionUntil = c.claims().civilServiceTransitionUntil();
        boolean inTransition = (category == Category.CIVIL_SERVICE_MANAGED_INSTITUTION
                || category == Category.PUBLIC_INSTITUTION) && ReviewContext.onOrAfter(transitionUntil, c.evaluationDate());
        if (category == Category.GOVERNMENT_AGENCY || category == Category.CIVIL_SERVICE_MANAGED_INSTITUTION) {
            return Optional.of(inTransition ? transition(transitionUntil) : code().finding(Outcome.REJECT,
                    "公务员（含参照公务员法管理单位人员）不得申报职称，申报不予受理。",
                    Evidence.with("category", category).build()));
        }
        List<SiRecord.SiMonth> latest = c.latestUnitRowsBeforeM(r -> true);
        Optional<SiRecord.SiMonth> agencyRow = latest.stream()
                .filter(r -> r.employerType() == EmployerType.GOVERNMENT_AGENCY).findFirst();
        if (agencyRow.isEmpty()) {
            return Optional.empty();
        }
        if (inTransition) {
            return Optional.of(transition(transitionUntil));
        }
        SiRecord.SiMonth row = agencyRow.get();
        return Optional.of(code().finding(Outcome.VERIFY,
                "社保缴费记录显示申报人最近（" + row.month() + "）在机关单位“" + row.employerName()
                        + "”参保，与申报的身份性质不符，需由职改办核实是否为公务员（含参照公务员法管理单位人员）；"
                        + "公务员不得申报职称。",
                Evidence.with("month", row.month()).and("siEmployerName", row.employerName())
                        .and("siEmployerType", row.employerType()).and("category", category).build()));
    }

    private Finding transition(LocalDate until) {
        return RuleCode.CIVIL_SERVICE_TRANSITION.finding(Outcome.INFO,
                "申报人所在单位因机构改革退出参照公务员法管理，过渡期至" + until + "，过渡期内可以参加职称评审。",
                Evidence.with("transitionUntil", until).build());
    }
}
