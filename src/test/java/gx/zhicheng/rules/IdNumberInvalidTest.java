package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumberInvalidTest {

    private final IdNumberInvalid rule = new IdNumberInvalid();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "NULL", value = {
            // the two examples published with GB 11643-1999; the first has X as its check character
            "11010519491231002X, NONE",
            "440524188001010014, NONE",
            "110105194912310021, CHECK_CHARACTER",
            "11010519491231002x, FORMAT",
            "11010519491231002, FORMAT",
            "1101051949123100200, FORMAT",
            "11010519491231O02X, FORMAT",
            "NULL, FORMAT",
            "110105194902300028, BIRTH_DATE",
            "110105194913310021, BIRTH_DATE"})
    void returnsWhenIdNumberIsInvalid(String idNumber, String problem) {
        Fixture f = Fixture.valid().with(x -> { x.idNumber = idNumber; return x; });
        var finding = rule.evaluate(f.context());
        if (problem.equals("NONE")) {
            assertThat(finding).isEmpty();
        } else {
            assertThat(finding).hasValueSatisfying(x -> {
                assertThat(x.outcome()).isEqualTo(Outcome.RETURN);
                assertThat(x.evidence()).containsEntry("problem", problem);
            });
        }
    }

    @ParameterizedTest(name = "born {0}, declared {1} -> fires {2}")
    @CsvSource({
            "2022-07-15, 2022-07-15, false",
            "2022-07-16, 2022-07-15, true"})
    void returnsWhenBirthDateIsAfterTheEvaluationDate(String birth, String declaredOn, boolean fires) {
        Fixture f = Fixture.valid().with(x -> {
            x.idNumber = Fixture.id(LocalDate.parse(birth), false);
            x.declaredOn = LocalDate.parse(declaredOn);
            return x;
        });
        assertThat(rule.evaluate(f.context()).isPresent()).isEqualTo(fires);
    }

    @Test
    void readsBirthDateAndSexFromTheNumber() {
        assertThat(ResidentId.parse("11010519491231002X", LocalDate.of(2022, 7, 15)))
                .contains(new ResidentId(LocalDate.of(1949, 12, 31), false));
        assertThat(ResidentId.parse("440524188001010014", LocalDate.of(2022, 7, 15)))
                .contains(new ResidentId(LocalDate.of(1880, 1, 1), true));
    }
}
