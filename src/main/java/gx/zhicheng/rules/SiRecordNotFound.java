package gx.zhicheng.rules;

import java.util.Optional;
import java.util.Set;

/** SI_RECORD_NOT_FOUND: the SI feed knows no record for an applicant who declares through a unit. */
final class SiRecordNotFound implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.SI_RECORD_NOT_FOUND;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.SI_ANSWER);
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        if (c.si().found() || c.declaration().category() == Declaration.Category.FREELANCER) {
            return Optional.empty();
        }
        return Optional.of(code().finding(Outcome.VERIFY,
                "社保数据共享未查到申报人的社保缴费记录，无法核验工作经历和身份性质，需由职改办向社保部门核实；"
                        + "申报人可上传社保缴费证明以便核实。",
                Evidence.with("found", false).build()));
    }
}
