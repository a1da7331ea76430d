package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.rules.Declaration.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiRecordNotFoundTest {

    private final SiRecordNotFound rule = new SiRecordNotFound();

    @ParameterizedTest(name = "{0}, found {1} -> fires {2}")
    @CsvSource({
            "PUBLIC_INSTITUTION, false, true",
            "PRIVATE_ENTERPRISE, false, true",
            "FREELANCER,         false, false",
            "PUBLIC_INSTITUTION, true,  false"})
    void verifiesWhenTheSiFeedKnowsNoRecord(Category category, boolean found, boolean fires) {
        Fixture f = Fixture.valid().with(x -> { x.category = category; x.siFound = found; return x; });
        var finding = rule.evaluate(f.context());
        assertThat(finding.isPresent()).isEqualTo(fires);
        finding.ifPresent(x -> assertThat(x.outcome()).isEqualTo(Outcome.VERIFY));
    }
}
