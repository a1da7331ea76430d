package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoTitleEvidenceMissingTest {

    private final NoTitleEvidenceMissing rule = new NoTitleEvidenceMissing();

    @ParameterizedTest(name = "title held {0}, proof attached {1} -> fires {2}")
    @CsvSource({"false, false, true", "false, true, false", "true, false, false"})
    void returnsWhenADeclarationWithoutTitleLacksWorkProof(boolean titleHeld, boolean attached, boolean fires) {
        Fixture f = Fixture.valid().with(x -> { x.currentTitle = titleHeld ? x.currentTitle : null; return x; });
        if (attached) {
            f.attach(Declaration.AttachmentType.PROFESSIONAL_WORK_PROOF);
        }
        assertThat(rule.evaluate(f.context()).map(Finding::outcome))
                .isEqualTo(fires ? java.util.Optional.of(Outcome.RETURN) : java.util.Optional.empty());
    }
}
