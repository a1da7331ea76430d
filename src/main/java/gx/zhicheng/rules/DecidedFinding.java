package gx.zhicheng.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The finding an operator decision leaves (rules.md, operator decisions): the same code with a new outcome and
 * message, and the decision added to its evidence (decision, decidedAt as a date, note; never who decided).
 */
final class DecidedFinding {

    private DecidedFinding() {
    }

    /** Replaces the confirmed suspicion finding, fired or not, in every later version. */
    static Finding falsificationConfirmed(Decision d) {
        String what = RuleCode.WORK_HISTORY_MISMATCH.name().equals(d.rule())
                ? "填报的工作经历与社保缴费记录不符" : "填报的身份性质与社保数据不符";
        return RuleCode.FALSIFICATION_CONFIRMED.finding(Outcome.REJECT,
                "经职改办核实，申报人" + what + "，属于填报虚假信息、提供虚假材料，申报不予受理，并记入职称评审诚信档案库，"
                        + "记录期为三年，记录期内不得申报职称。",
                Evidence.with("rule", d.rule()).and("decidedAt", dateOf(d)).and("note", d.note()).build());
    }

    /** The finding after a decision other than CONFIRM_FALSIFICATION; empty when dismissed. */
    static Optional<Finding> of(Finding finding, Decision d) {
        RuleCode code = RuleCode.valueOf(finding.rule());
        return switch (d.decision()) {
            case DISMISS -> Optional.empty();
            case CONFIRM -> Optional.of(decided(finding, d, Outcome.REJECT, code == RuleCode.EXCLUSION_AFTER_DECLARATION
                    ? ExclusionAfterDeclaration.confirmedMessage(finding)
                    : "社保缴费记录显示申报人在机关单位参保，经核实为公务员（含参照公务员法管理单位人员），不得申报职称，申报不予受理。"));
            case APPROVE -> Optional.of(decided(finding, d, Outcome.INFO, approved(code)));
            case REFUSE -> Optional.of(refused(finding, d, code));
            case CONFIRM_FALSIFICATION -> throw new IllegalArgumentException("a confirmation replaces the finding");
        };
    }

    private static String approved(RuleCode code) {
        return switch (code) {
            case SI_RECORD_NOT_FOUND -> "社保数据共享未查到申报人的社保缴费记录，经职改办核实，审核同意。";
            case PRIVATE_SI_CONTINUITY -> "民营企业申报人员在申报单位的社保缴费未连续满6个月（不含申报当月），"
                    + "申报人已提供工作单位变动情况说明，经职改办审核同意。";
            case PUBLIC_SUBJECT_EXAM_MISSING -> "继续教育数据未显示申报人已完成当年度公需科目学习考试，"
                    + "申报人已上传公需科目考试合格证明，经职改办核实，审核同意。";
            case NO_TITLE_APPROVAL_REQUIRED -> "无职称申报，从事专业技术工作的时间和证明材料经评委会所在职改办审核同意。";
            case EXCEPTIONAL_APPROVAL_REQUIRED -> "破格申报，破格条件材料经评委会所在职改办审核同意。";
            default -> throw new IllegalArgumentException("no approval for " + code);
        };
    }

    private static Finding refused(Finding finding, Decision d, RuleCode code) {
        return switch (code) {
            case SI_RECORD_NOT_FOUND -> decided(finding, d, Outcome.RETURN,
                    "社保数据共享未查到申报人的社保缴费记录，职改办未能核实，请上传社保经办机构出具的社保缴费证明（参保缴费明细）。");
            case PRIVATE_SI_CONTINUITY -> decided(finding, d, Outcome.RETURN,
                    "民营企业申报人员在申报单位的社保缴费未连续满6个月（不含申报当月）" + lacking(finding)
                            + "，经职改办审核，所提供的工作单位变动情况说明不足以证明，请补充工作单位变动的证明材料"
                            + "（如劳动合同、原单位解除劳动关系证明、各单位的社保缴费证明）。");
            case PUBLIC_SUBJECT_EXAM_MISSING -> decided(finding, d, Outcome.RETURN,
                    "继续教育数据未显示申报人已完成" + finding.evidence().get("year") + "年度公需科目学习考试，"
                            + "经职改办核实，所上传的公需科目考试合格证明不能证明已完成，"
                            + "请上传继续教育主管部门出具的当年度公需科目考试合格证明，或完成考试后再申报。");
            case NO_TITLE_APPROVAL_REQUIRED -> decided(finding, d, Outcome.REJECT,
                    "无职称申报，经评委会所在职改办审核不同意，未经同意不得参评。");
            case EXCEPTIONAL_APPROVAL_REQUIRED -> decided(finding, d, Outcome.REJECT,
                    "破格申报，经评委会所在职改办审核不同意，未经同意不得参评。");
            default -> throw new IllegalArgumentException("no approval for " + code);
        };
    }

    private static String lacking(Finding finding) {
        return finding.evidence().get("monthsLacking") instanceof List<?> months && !months.isEmpty()
                ? "（缺少：" + String.join("、", months.stream().map(String::valueOf).toList()) + "）" : "";
    }

    private static Finding decided(Finding finding, Decision d, Outcome outcome, String message) {
        return new Finding(finding.rule(), outcome, message, Evidence.of(finding.evidence())
                .and("decision", d.decision()).and("decidedAt", dateOf(d)).and("note", d.note()).build());
    }

    private static LocalDate dateOf(Decision d) {
        return d.decidedAt() == null ? null : d.decidedAt().toLocalDate();
    }
}
