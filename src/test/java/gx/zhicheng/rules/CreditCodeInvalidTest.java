package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditCodeInvalidTest {

    private final CreditCodeInvalid rule = new CreditCodeInvalid();

    @ParameterizedTest(name = "{0} -> fires {1}")
    @CsvSource(nullValues = "NULL", value = {
            // the valid example of rules.md (GB 32100-2015)
            "91350100M000100Y43, false",
            // check characters computed independently of this code
            "91451400MA5N000012, false",
            "52451400MJ000000XJ, false",
            "91350100M000100Y44, true",
            "91350100M000100Y4, true",
            "91350100M000100Y430, true",
            "91350100m000100Y43, true",
            "91350100I000100Y43, true",
            "91350100M000100O43, true",
            "'', true",
            "NULL, true"})
    void returnsWhenCreditCodeFailsTheCheck(String creditCode, boolean fires) {
        Fixture f = Fixture.valid().with(x -> {
            x.employer = new Declaration.Employer("某单位", creditCode, true, null);
            return x;
        });
        var finding = rule.evaluate(f.context());
        assertThat(finding.isPresent()).isEqualTo(fires);
        finding.ifPresent(x -> assertThat(x.outcome()).isEqualTo(Outcome.RETURN));
    }
}
