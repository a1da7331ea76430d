package gx.zhicheng.rules;

import java.util.Optional;
import java.util.Set;

/** EMPLOYER_NOT_LEGAL_PERSON: the declaring unit is a branch without independent legal personality. */
final class EmployerNotLegalPerson implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.EMPLOYER_NOT_LEGAL_PERSON;
    }

    @Override
    public Set<Need> needs() {
        return Set.of(Need.EMPLOYER);
    }

    @Override
    public Optional<Finding> evaluate(ReviewContext c) {
        Declaration.Employer employer = c.declaration().employer();
        if (!Boolean.FALSE.equals(employer.independentLegalPerson())) {
            return Optional.empty();
        }
        return Optional.of(code().finding(Outcome.RETURN,
                "申报单位“" + employer.name() + "”不具有独立法人资格。申报人不得选择不具有独立法人资格的分支机构作为申报单位，"
                        + "请改由具有独立法人资格的单位申报。",
                Evidence.with("employerName", employer.name()).and("creditCode", employer.creditCode()).build()));
    }
}
