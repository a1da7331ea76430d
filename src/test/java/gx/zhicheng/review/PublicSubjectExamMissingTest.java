package gx.zhicheng.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicSubjectExamMissingTest {

    private final PublicSubjectExamMissing rule = new PublicSubjectExamMissing();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "PASSED,               NONE",
            "NOT_PASSED,           NOT_PASSED",
            "ONLY_PRIOR_YEAR,      NO_YEAR",
            "NO_YEARS,             NO_YEAR",
            "PERSON_NOT_FOUND,     NO_RECORD"})
    void returnsWhenPublicExamMissing(String ce, String problem) {
        Fixture f = Fixture.valid();
        switch (ce) {
            case "NOT_PASSED" -> f.ceYear(2022, 20, 12, false);
            case "ONLY_PRIOR_YEAR" -> f.ce = new CeRecord(f.idNumber, true,
                    List.of(new CeRecord.CeYear(2021, java.math.BigDecimal.TEN, java.math.BigDecimal.TEN, true)));
            case "NO_YEARS" -> f.ce = new CeRecord(f.idNumber, true, List.of());
            case "PERSON_NOT_FOUND" -> f.ce = CeRecord.notFound(f.idNumber);
            default -> { }
        }
        var finding = rule.evaluate(f.context());
        if (problem.equals("NONE")) {
            assertThat(finding).isEmpty();
        } else {
            assertThat(finding).hasValueSatisfying(x -> {
                assertThat(x.outcome()).isEqualTo(Outcome.RETURN);
                assertThat(x.evidence()).containsEntry("year", 2022).containsEntry("problem", problem);
            });
        }
    }
}
