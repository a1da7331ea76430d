package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkHistoryMissingTest {

    private final WorkHistoryMissing rule = new WorkHistoryMissing();

    @ParameterizedTest(name = "{0} -> fires {1}")
    @CsvSource({"EMPTY, true", "NULL, true", "ONE_ENTRY, false"})
    void returnsWhenWorkHistoryIsEmpty(String history, boolean fires) {
        Fixture f = Fixture.valid().with(x -> {
            x.workHistory = switch (history) {
                case "EMPTY" -> List.of();
                case "NULL" -> null;
                default -> x.workHistory;
            };
            return x;
        });
        assertThat(rule.evaluate(f.context()).isPresent()).isEqualTo(fires);
    }
}
