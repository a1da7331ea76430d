package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewSettingsTest {

    @Test
    void defaultsAreThoseOfRulesVersion2022_2() {
        assertThat(ReviewSettings.defaults()).isEqualTo(
                new ReviewSettings(90, 60, 3, 6, 60, 3, 55, true, MonthDay.of(11, 30), "2022.2"));
    }

    @ParameterizedTest(name = "women base {0} -> accepted {1}")
    @CsvSource({"50, true", "55, true", "52, false", "60, false"})
    void acceptsOnlyTheTwoWomensBaseAges(int base, boolean accepted) {
        if (accepted) {
            assertThat(new ReviewSettings(90, 60, 3, 6, 60, 3, base, true, MonthDay.of(11, 30), "2022.1").womenBaseAge())
                    .isEqualTo(base);
        } else {
            assertThatThrownBy(() -> new ReviewSettings(90, 60, 3, 6, 60, 3, base, true, MonthDay.of(11, 30), "2022.1"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
