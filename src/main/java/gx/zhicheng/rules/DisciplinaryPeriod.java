package gx.zhicheng.rules;

import java.util.Optional;

/** DISCIPLINARY_PERIOD: a public-institution employee still within a disciplinary period (记过以上处分). */
final class DisciplinaryPeriod implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.DISCIPLINARY_PERIOD;
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        var until = c.claims().disciplinaryPeriodUntil();
        if (c.declaration().category() != Declaration.Category.PUBLIC_INSTITUTION
                || !ReviewContext.onOrAfter(until, c.evaluationDate())) {
            return Optional.empty();
        }
        return Optional.of(code().finding(Outcome.REJECT,
                "事业单位工作人员受到记过以上处分，处分期至" + until + "，处分期间不得申报职称，申报不予受理。",
                Evidence.with("disciplinaryPeriodUntil", until).build()));
    }
}
