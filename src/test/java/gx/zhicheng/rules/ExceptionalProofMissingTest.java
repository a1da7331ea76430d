package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExceptionalProofMissingTest {

    @ParameterizedTest(name = "exceptional {0}, proof {1} -> missing {2}, approval {3}")
    @CsvSource(nullValues = "NULL", value = {
            "true,  false, true,  false",
            "true,  true,  false, true",
            "false, true,  false, false",
            "NULL,  false, false, false"})
    void returnsWithoutProofAndVerifiesWithIt(Boolean exceptional, boolean proof, boolean missing, boolean approval) {
        Fixture f = Fixture.valid().exceptional(exceptional);
        if (proof) {
            f.attach(Declaration.AttachmentType.EXCEPTIONAL_PROOF);
        }
        assertThat(new ExceptionalProofMissing().evaluate(f.context()).map(Finding::outcome))
                .isEqualTo(missing ? java.util.Optional.of(Outcome.RETURN) : java.util.Optional.empty());
        assertThat(new ExceptionalApprovalRequired().evaluate(f.context()).isPresent()).isEqualTo(approval);
    }
}
