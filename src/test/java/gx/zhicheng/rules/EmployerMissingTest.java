package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.rules.Declaration.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmployerMissingTest {

    private final EmployerMissing rule = new EmployerMissing();

    @ParameterizedTest(name = "{0}, employer present {1} -> fires {2}")
    @CsvSource({
            "PRIVATE_ENTERPRISE, false, true",
            "PUBLIC_INSTITUTION, false, true",
            "FREELANCER, false, false",
            "PRIVATE_ENTERPRISE, true, false"})
    void returnsWhenEmployerMissingForANonFreelancer(Category category, boolean employerPresent, boolean fires) {
        Fixture f = Fixture.valid().with(x -> {
            x.category = category;
            if (!employerPresent) {
                x.employer = null;
            }
            return x;
        });
        assertThat(rule.evaluate(f.context()).map(Finding::outcome)).isEqualTo(
                fires ? java.util.Optional.of(Outcome.RETURN) : java.util.Optional.empty());
    }
}
