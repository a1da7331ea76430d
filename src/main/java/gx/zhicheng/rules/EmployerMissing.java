package gx.zhicheng.rules;

import java.util.Optional;

/** EMPLOYER_MISSING: no declaring unit although the applicant is not a freelancer. */
final class EmployerMissing implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.EMPLOYER_MISSING;
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        Declaration d = c.declaration();
        if (d.employer() != null || d.category() == Declaration.Category.FREELANCER) {
            return Optional.empty();
        }
        return Optional.of(code().finding(Outcome.RETURN,
                "未填写申报单位。申报人应通过其人事劳动关系所在单位申报，请补充申报单位信息。",
                Evidence.with("category", d.category()).build()));
    }
}
