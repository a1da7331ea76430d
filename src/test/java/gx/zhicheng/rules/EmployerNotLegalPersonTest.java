package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmployerNotLegalPersonTest {

    private final EmployerNotLegalPerson rule = new EmployerNotLegalPerson();

    @ParameterizedTest(name = "independentLegalPerson {0} -> fires {1}")
    @CsvSource(nullValues = "NULL", value = {"false, true", "true, false", "NULL, false"})
    void returnsWhenEmployerIsABranchWithoutLegalPersonality(Boolean independent, boolean fires) {
        Fixture f = Fixture.valid().with(x -> {
            x.employer = new Declaration.Employer("某公司崇左分公司", Fixture.CREDIT_CODE, independent, null);
            return x;
        });
        var finding = rule.evaluate(f.context());
        assertThat(finding.isPresent()).isEqualTo(fires);
        finding.ifPresent(x -> assertThat(x.outcome()).isEqualTo(Outcome.RETURN));
    }
}
