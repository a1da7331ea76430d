package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetirementExtensionProofMissingTest {

    private final RetirementExtensionProofMissing rule = new RetirementExtensionProofMissing();

    @ParameterizedTest(name = "born {0}, claim {1}, attached {2} -> fires {3}")
    @CsvSource({
            "1962-07-15, true,  false, true",
            "1962-07-16, true,  false, false",
            "1962-07-15, true,  true,  false",
            "1962-07-15, false, false, false"})
    void returnsWhenAnExtensionIsClaimedWithoutTheApproval(LocalDate birth, boolean claimed, boolean attached, boolean fires) {
        Fixture f = Fixture.valid().with(x -> { x.idNumber = Fixture.id(birth, true); return x; })
                .retirementExtensionApproved(claimed);
        if (attached) {
            f.attach(Declaration.AttachmentType.RETIREMENT_EXTENSION_APPROVAL);
        }
        assertThat(rule.evaluate(f.context()).isPresent()).isEqualTo(fires);
    }
}
