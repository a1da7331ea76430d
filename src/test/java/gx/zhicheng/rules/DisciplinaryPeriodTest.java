package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.rules.Declaration.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisciplinaryPeriodTest {

    private final DisciplinaryPeriod rule = new DisciplinaryPeriod();

    @ParameterizedTest(name = "{0} until {1} -> fires {2}")
    @CsvSource(nullValues = "NULL", value = {
            "PUBLIC_INSTITUTION, 2022-07-15, true",
            "PUBLIC_INSTITUTION, 2023-01-01, true",
            "PUBLIC_INSTITUTION, 2022-07-14, false",
            "PUBLIC_INSTITUTION, NULL,       false",
            "STATE_ENTERPRISE,   2023-01-01, false"})
    void rejectsAPublicInstitutionEmployeeWithinTheDisciplinaryPeriod(Category category, String until, boolean fires) {
        Fixture f = Fixture.valid().with(x -> { x.category = category; return x; })
                .disciplinaryUntil(Fixture.date(until));
        var finding = rule.evaluate(f.context());
        assertThat(finding.isPresent()).isEqualTo(fires);
        finding.ifPresent(x -> assertThat(x.outcome()).isEqualTo(Outcome.REJECT));
    }
}
