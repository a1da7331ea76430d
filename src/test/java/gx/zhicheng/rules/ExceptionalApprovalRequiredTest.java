package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExceptionalApprovalRequiredTest {

    private final ExceptionalApprovalRequired rule = new ExceptionalApprovalRequired();

    @ParameterizedTest(name = "exceptional {0}, proof {1} -> fires {2}")
    @CsvSource(nullValues = "NULL", value = {"true, true, true", "true, false, false", "false, true, false", "NULL, true, false"})
    void verifiesADocumentedExceptionalDeclaration(Boolean exceptional, boolean proof, boolean fires) {
        Fixture f = Fixture.valid().exceptional(exceptional);
        if (proof) {
            f.attach(Declaration.AttachmentType.EXCEPTIONAL_PROOF);
        }
        assertThat(rule.evaluate(f.context()).map(Finding::outcome))
                .isEqualTo(fires ? java.util.Optional.of(Outcome.VERIFY) : java.util.Optional.empty());
    }
}
