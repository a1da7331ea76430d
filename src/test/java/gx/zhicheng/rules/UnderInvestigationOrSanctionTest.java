package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnderInvestigationOrSanctionTest {

    private final UnderInvestigationOrSanction rule = new UnderInvestigationOrSanction();

    @ParameterizedTest(name = "open {0}, until {1} -> fires {2}")
    @CsvSource(nullValues = "NULL", value = {
            "true,  NULL,       true",
            "NULL,  2022-07-15, true",
            "false, 2022-07-14, false",
            "NULL,  NULL,       false",
            "true,  2020-01-01, true"})
    void rejectsWhileAnInvestigationIsOpenOrASanctionInEffect(Boolean open, String until, boolean fires) {
        Fixture f = Fixture.valid().sanctionUntil(Fixture.date(until)).underInvestigation(open);
        var finding = rule.evaluate(f.context());
        assertThat(finding.isPresent()).isEqualTo(fires);
        finding.ifPresent(x -> assertThat(x.outcome()).isEqualTo(Outcome.REJECT));
    }
}
