package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityChangeProofMissingTest {

    private final IdentityChangeProofMissing rule = new IdentityChangeProofMissing();

    @ParameterizedTest(name = "changed {0}, former name {1}, register page {2} -> fires {3}")
    @CsvSource(nullValues = "NULL", value = {
            "true,  NULL, false, true",
            "NULL,  张叁, false, true",
            "true,  张叁, true,  false",
            "false, NULL, false, false",
            "NULL,  NULL, false, false"})
    void returnsWhenAnIdentityChangeLacksTheHouseholdRegisterPage(Boolean changed, String formerName, boolean attached,
                                                                   boolean fires) {
        Fixture f = Fixture.valid().identityChanged(changed);
        f.formerNames = formerName == null ? List.of() : List.of(formerName);
        if (attached) {
            f.attach(Declaration.AttachmentType.HOUSEHOLD_REGISTER_PAGE);
        }
        assertThat(rule.evaluate(f.context()).map(Finding::outcome))
                .isEqualTo(fires ? java.util.Optional.of(Outcome.RETURN) : java.util.Optional.empty());
    }
}
