package gx.zhicheng.rules;

import java.util.Optional;

/** EXCEPTIONAL_APPROVAL_REQUIRED: a documented exceptional declaration needs the office's consent. */
final class ExceptionalApprovalRequired implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.EXCEPTIONAL_APPROVAL_REQUIRED;
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        if (!Boolean.TRUE.equals(c.claims().exceptional())
                || !c.hasAttachment(Declaration.AttachmentType.EXCEPTIONAL_PROOF)) {
            return Optional.empty();
        }
        return Optional.of(code().finding(Outcome.VERIFY,
                "破格申报，需经评委会所在职改办审核破格条件材料，审核同意后方可参评。",
                Evidence.with("exceptional", true).build()));
    }
}
