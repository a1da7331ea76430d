package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoTitleApprovalRequiredTest {

    private final NoTitleApprovalRequired rule =
            new NoTitleApprovalRequired(new NoTitleEvidenceMissing(), new NoTitleHistoryGap());

    @ParameterizedTest(name = "title held {0}, proof {1}, entries {2} -> fires {3}")
    @CsvSource({
            "false, true,  2015-07~,                 true",
            "false, false, 2015-07~,                 false",
            "false, true,  2015-07~2018-12 2019-04~, false",
            "true,  true,  2015-07~,                 false"})
    void verifiesACompleteDeclarationWithoutTitle(boolean titleHeld, boolean proof, String entries, boolean fires) {
        Fixture f = NoTitleHistoryGapTest.noTitle(entries);
        if (titleHeld) {
            f.currentTitle = new Declaration.CurrentTitle(Declaration.Level.ASSISTANT, "ENGINEERING", null, true, null);
        }
        if (proof) {
            f.attach(Declaration.AttachmentType.PROFESSIONAL_WORK_PROOF);
        }
        assertThat(rule.evaluate(f.context()).map(Finding::outcome))
                .isEqualTo(fires ? java.util.Optional.of(Outcome.VERIFY) : java.util.Optional.empty());
    }
}
