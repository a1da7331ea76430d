package gx.zhicheng.rules;

import java.util.Optional;

/** NO_TITLE_EVIDENCE_MISSING: a declaration without a current title lacks the proof of professional work. */
final class NoTitleEvidenceMissing implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.NO_TITLE_EVIDENCE_MISSING;
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        if (c.declaration().currentTitle() != null
                || c.hasAttachment(Declaration.AttachmentType.PROFESSIONAL_WORK_PROOF)) {
            return Optional.empty();
        }
        return Optional.of(code().finding(Outcome.RETURN,
                "无职称申报的，应提交从事专业技术工作的相关证明材料，请上传。",
                Evidence.with("attachmentType", Declaration.AttachmentType.PROFESSIONAL_WORK_PROOF).build()));
    }
}
