package gx.zhicheng.rules;

import java.util.Optional;
import java.util.Set;

/**
 * RETIREMENT_EXTENSION_PROOF_MISSING: the retirement age is reached and an extension is claimed without
 * the approval document. Only then: before the age is reached the extension does not matter.
 */
final class RetirementExtensionProofMissing implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.RETIREMENT_EXTENSION_PROOF_MISSING;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.BIRTH_DATE);
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        if (!RetirementAgeReached.reached(c) || !RetirementAgeReached.extensionClaimed(c)
                || c.hasAttachment(Declaration.AttachmentType.RETIREMENT_EXTENSION_APPROVAL)) {
            return Optional.empty();
        }
        return Optional.of(code().finding(Outcome.RETURN,
                "申报人已达到法定退休年龄并声明已办理延长退休手续，但未上传延长退休审批材料，请上传。",
                Evidence.with("attachmentType", Declaration.AttachmentType.RETIREMENT_EXTENSION_APPROVAL).build()));
    }
}
