package gx.zhicheng.rules;

import java.util.Optional;

/**
 * NO_TITLE_APPROVAL_REQUIRED: a complete declaration without a current title still needs the office's
 * consent. It depends on the two no-title rules, so it asks them rather than repeating their conditions.
 */
final class NoTitleApprovalRequired implements Rule {

    private final NoTitleEvidenceMissing evidenceMissing;
    private final NoTitleHistoryGap historyGap;

    NoTitleApprovalRequired(NoTitleEvidenceMissing evidenceMissing, NoTitleHistoryGap historyGap) {
        this.evidenceMissing = evidenceMissing;
        this.historyGap = historyGap;
    }

    @Override
    public RuleCode code() {
        return RuleCode.NO_TITLE_APPROVAL_REQUIRED;
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        if (c.declaration().currentTitle() != null
                || evidenceMissing.evaluate(c).isPresent() || historyGap.evaluate(c).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(code().finding(Outcome.VERIFY,
                "无职称申报，需经评委会所在职改办审核从事专业技术工作的时间和证明材料，审核同意后方可评审。",
                Evidence.with("currentTitle", false).build()));
    }
}
