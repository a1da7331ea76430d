package gx.zhicheng.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * EXCLUSION_AFTER_DECLARATION: an exclusion of 一(一)…(五) that arose after declaredOn and was found by the
 * re-check before confirmation (申报后出现上述情形的，评审结果不予确认). Not a rule of its own: the engine
 * compares the rechecked rules on both dates and asks this class for the finding, which takes the outcome of
 * the underlying finding: REJECT when that rejects, VERIFY when it is only a suspicion (CIVIL_SERVANT from SI
 * data alone), which the office decides like CIVIL_SERVANT (rules.md).
 */
final class ExclusionAfterDeclaration {

    /** Texts double as the set of rules the re-check evaluates again. */
    private static final Map<RuleCode, String> RECHECKED = Map.of(
            RuleCode.CIVIL_SERVANT, "属于公务员（含参照公务员法管理单位人员）",
            RuleCode.RETIRED, "已办理离退休手续",
            RuleCode.RETIREMENT_AGE_REACHED, "已达到法定退休年龄",
            RuleCode.DISCIPLINARY_PERIOD, "受到记过以上处分且在处分期内",
            RuleCode.UNDER_INVESTIGATION_OR_SANCTION, "被立案审查调查或在处分处罚影响期内",
            RuleCode.INTEGRITY_RECORD_ACTIVE, "记入职称评审诚信档案库且在记录期内");

    private ExclusionAfterDeclaration() {
    }

    static Set<RuleCode> rechecked() {
        return RECHECKED.keySet();
    }

    /**
     * @param underlying the rechecked rule's own finding on the re-check date
     * @param foundOn    the day the exclusion was first found (kept while it holds, so that a decision on it holds)
     */
    static Finding finding(RuleCode rule, Finding underlying, LocalDate foundOn) {
        var evidence = Evidence.with("rule", rule.name()).and("foundOn", foundOn).build();
        if (underlying.outcome() == Outcome.VERIFY) {
            return RuleCode.EXCLUSION_AFTER_DECLARATION.finding(Outcome.VERIFY,
                    "申报后出现需核实的情形：" + foundOn + "核查发现，" + underlying.message()
                            + "经核实" + RECHECKED.get(rule) + "的，评审结果不予确认。",
                    evidence);
        }
        return RuleCode.EXCLUSION_AFTER_DECLARATION.finding(Outcome.REJECT,
                "申报后出现不得申报的情形：" + foundOn + "核查发现申报人" + RECHECKED.get(rule) + "，评审结果不予确认。",
                evidence);
    }

    /** The finding once the office confirmed the suspicion: the exclusion holds. */
    static String confirmedMessage(Finding finding) {
        RuleCode rule = RuleCode.valueOf(String.valueOf(finding.evidence().get("rule")));
        return "申报后出现不得申报的情形：" + finding.evidence().get("foundOn") + "核查发现，经职改办核实申报人"
                + RECHECKED.get(rule) + "，评审结果不予确认。";
    }
}
