package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every code the rules can produce has its Chinese label in the one bundle; a new rule without one fails here. */
class LabelsTest {

    @Test
    void everyRuleCodeOutcomeAndDecisionHasALabel() {
        assertThat(Arrays.stream(RuleCode.values()).map(Enum::name))
                .allSatisfy(code -> assertThat(Labels.all().get(Labels.RULE)).containsKey(code));
        assertThat(Arrays.stream(Outcome.values()).map(Enum::name))
                .allSatisfy(code -> assertThat(Labels.all().get(Labels.OUTCOME)).containsKey(code));
        assertThat(Arrays.stream(DecisionType.values()).map(Enum::name))
                .allSatisfy(code -> assertThat(Labels.all().get(Labels.DECISION)).containsKey(code));
    }

    @Test
    void aCodeWithoutALabelShowsAsItIs() {
        assertThat(Labels.of(Labels.OUTCOME, "REJECT")).isEqualTo("不予通过");
        assertThat(Labels.of(Labels.SERIES, "ENGINEERING")).isEqualTo("工程");
        assertThat(Labels.of(Labels.SERIES, "UNDERWATER_BASKETRY")).isEqualTo("UNDERWATER_BASKETRY");
        assertThat(Labels.of(Labels.SERIES, null)).isEmpty();
    }
}
