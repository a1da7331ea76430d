package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.rules.Declaration.Category;
import gx.zhicheng.rules.SiRecord.EmployerType;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FreelancerUnitContributionsTest {

    private final FreelancerUnitContributions rule = new FreelancerUnitContributions();

    /** Declared 2022-07-15: the six months are 2022-02 (M-5) … 2022-07 (M). */
    @ParameterizedTest(name = "{1} row at {0}, paid {2} -> fires {3}")
    @CsvSource({
            "2022-01, ENTERPRISE,          true,  false",
            "2022-02, ENTERPRISE,          true,  true",
            "2022-07, PUBLIC_INSTITUTION,  true,  true",
            "2022-04, ENTERPRISE,          false, false",
            "2022-04, FLEXIBLE_EMPLOYMENT, true,  false"})
    void returnsWhenAUnitPaidForAFreelancerInMMinus5ToM(YearMonth month, EmployerType type, boolean paid, boolean fires) {
        Fixture f = Fixture.freelancer();
        f.replaceSiMonths(month, month, List.of(Fixture.row(month, Fixture.OTHER_CREDIT_CODE, Fixture.OTHER_NAME, type, paid)));
        var finding = rule.evaluate(f.context());
        assertThat(finding.isPresent()).isEqualTo(fires);
        finding.ifPresent(x -> {
            assertThat(x.outcome()).isEqualTo(Outcome.RETURN);
            assertThat(x.evidence()).containsEntry("months", List.of(month.toString()))
                    .containsEntry("siEmployers", List.of(Fixture.OTHER_NAME));
        });
    }

    @ParameterizedTest(name = "{0} -> fires false")
    @CsvSource({"PRIVATE_ENTERPRISE", "PUBLIC_INSTITUTION"})
    void appliesToFreelancersOnly(Category category) {
        Fixture f = Fixture.valid().with(x -> { x.category = category; return x; });
        assertThat(rule.evaluate(f.context())).isEmpty();
    }
}
