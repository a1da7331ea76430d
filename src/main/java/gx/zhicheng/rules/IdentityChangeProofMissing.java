package gx.zhicheng.rules;

import java.util.List;
import java.util.Optional;

/** IDENTITY_CHANGE_PROOF_MISSING: a former name or an irregular ID change without the household-register page. */
final class IdentityChangeProofMissing implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.IDENTITY_CHANGE_PROOF_MISSING;
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        Declaration.Applicant applicant = c.declaration().applicant();
        List<String> formerNames = applicant == null ? List.of() : applicant.formerNames();
        boolean changed = Boolean.TRUE.equals(c.claims().identityChanged());
        if ((!changed && formerNames.isEmpty())
                || c.hasAttachment(Declaration.AttachmentType.HOUSEHOLD_REGISTER_PAGE)) {
            return Optional.empty();
        }
        return Optional.of(code().finding(Outcome.RETURN,
                "申报人使用曾用名、身份证号码有变动或证明材料身份证号与填写不一致的，应提供户口簿本人信息页等相关材料，请上传。",
                Evidence.with("identityChanged", changed).and("formerNames", formerNames).build()));
    }
}
