package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicSubjectExamMissingTest {

    private final PublicSubjectExamMissing rule = new PublicSubjectExamMissing();

    /** Rules 2022.2: without a PUBLIC_EXAM_CERTIFICATE it is RETURN; with one, VERIFY (an approval the office decides). */
    @ParameterizedTest(name = "{0}, certificate {1} -> {2} {3}")
    @CsvSource({
            "PASSED,               false, NONE,       ''",
            "PASSED,               true,  NONE,       ''",
            "NOT_PASSED,           false, NOT_PASSED, RETURN",
            "NOT_PASSED,           true,  NOT_PASSED, VERIFY",
            "ONLY_PRIOR_YEAR,      false, NO_YEAR,    RETURN",
            "ONLY_PRIOR_YEAR,      true,  NO_YEAR,    VERIFY",
            "NO_YEARS,             false, NO_YEAR,    RETURN",
            "PERSON_NOT_FOUND,     false, NO_RECORD,  RETURN",
            "PERSON_NOT_FOUND,     true,  NO_RECORD,  VERIFY"})
    void returnsWhenPublicExamMissingAndVerifiesWithACertificate(String ce, boolean certificate, String problem,
                                                                 String outcome) {
        Fixture f = Fixture.valid();
        if (certificate) {
            f.attach(Declaration.AttachmentType.PUBLIC_EXAM_CERTIFICATE);
        }
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
                assertThat(x.outcome()).isEqualTo(Outcome.valueOf(outcome));
                assertThat(x.message()).contains(certificate ? "待职改办核实" : "请完成后再申报");
                assertThat(x.evidence()).containsEntry("year", 2022).containsEntry("problem", problem);
            });
        }
    }
}
