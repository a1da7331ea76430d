package gx.zhicheng.rules;

import java.util.Optional;

/** WORK_HISTORY_MISSING: the declared work history is empty. */
final class WorkHistoryMissing implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.WORK_HISTORY_MISSING;
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        if (!c.workHistory().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(code().finding(Outcome.RETURN,
                "未填写工作经历，请完整填报工作单位、起止年月及从事工作情况。", Evidence.with("entries", 0).build()));
    }
}
