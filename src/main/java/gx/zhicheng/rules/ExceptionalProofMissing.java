package gx.zhicheng.rules;

import java.util.Optional;

/** EXCEPTIONAL_PROOF_MISSING: an exceptional (破格) declaration without the proof of the exceptional conditions. */
final class ExceptionalProofMissing implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.EXCEPTIONAL_PROOF_MISSING;
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        if (!Boolean.TRUE.equals(c.claims().exceptional())
                || c.hasAttachment(Declaration.AttachmentType.EXCEPTIONAL_PROOF)) {
            return Optional.empty();
        }
        return Optional.of(code().finding(Outcome.RETURN,
                "破格申报的，应提供达到破格条件的材料，请上传。",
                Evidence.with("attachmentType", Declaration.AttachmentType.EXCEPTIONAL_PROOF).build()));
    }
}
