package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicateSameLevelTest {

    private final DuplicateSameLevel rule = new DuplicateSameLevel();

    @ParameterizedTest(name = "others [{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "'' | ''",
            "GX2022-0000001 | ''",
            "GX2022-0000009 | GX2022-0000009",
            "GX2022-0000009 GX2022-0000005 GX2022-0000009 | GX2022-0000005 GX2022-0000009"})
    void returnsWhenAnotherSameLevelDeclarationExists(String others, String expected) {
        Fixture f = Fixture.valid();
        f.sameLevel.addAll(split(others));
        var finding = rule.evaluate(f.context());
        if (expected.isBlank()) {
            assertThat(finding).isEmpty();
        } else {
            assertThat(finding).hasValueSatisfying(x -> {
                assertThat(x.outcome()).isEqualTo(Outcome.RETURN);
                assertThat(x.evidence()).containsEntry("otherDeclarationIds", split(expected));
            });
        }
    }

    private static List<String> split(String ids) {
        return ids.isBlank() ? List.of() : Arrays.asList(ids.trim().split(" "));
    }
}
