package gx.zhicheng.rules;

import java.util.Optional;
import java.util.Set;

/** RETIRED: the SI pension status shows the retirement formalities done by the evaluation date. */
final class Retired implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.RETIRED;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.SI_FOUND);
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        SiRecord.Pension pension = c.si().pension();
        if (pension == null || pension.status() != SiRecord.PensionStatus.RETIRED
                || (pension.retiredOn() != null && pension.retiredOn().isAfter(c.evaluationDate()))) {
            return Optional.empty();
        }
        String since = pension.retiredOn() == null ? "" : "（" + pension.retiredOn() + "）";
        return Optional.of(code().finding(Outcome.REJECT,
                "社保数据显示申报人已办理离退休手续" + since + "，已办理离退休手续的人员不得申报职称，申报不予受理。",
                Evidence.with("pensionStatus", pension.status()).and("retiredOn", pension.retiredOn()).build()));
    }
}
