package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.rules.SiRecord.PensionStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetiredTest {

    private final Retired rule = new Retired();

    @ParameterizedTest(name = "{0} retiredOn {1} -> fires {2}")
    @CsvSource(nullValues = "NULL", value = {
            "RETIRED,      NULL,       true",
            "RETIRED,      2022-07-15, true",
            "RETIRED,      2022-07-16, false",
            "CONTRIBUTING, NULL,       false",
            "SUSPENDED,    NULL,       false",
            "NULL,         NULL,       false"})
    void rejectsWhenPensionShowsRetirementByTheEvaluationDate(PensionStatus status, String retiredOn, boolean fires) {
        Fixture f = Fixture.valid().with(x -> {
            x.pension = status == null ? null : new SiRecord.Pension(status, Fixture.date(retiredOn));
            return x;
        });
        var finding = rule.evaluate(f.context());
        assertThat(finding.isPresent()).isEqualTo(fires);
        finding.ifPresent(x -> assertThat(x.outcome()).isEqualTo(Outcome.REJECT));
    }
}
