package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriorYearCeHoursLowTest {

    private final PriorYearCeHoursLow rule = new PriorYearCeHoursLow();

    @ParameterizedTest(name = "public {0} + professional {1} -> fires {2}")
    @CsvSource({
            "30,   60,   false",
            "29,   60,   true",
            "29.5, 60,   true",
            "40,   59,   true",
            "31,   59.5, true",
            "0,    90,   false",
            "90,   0,    true"})
    void notesPriorYearHoursBelowTheRequirement(double publicHours, double professionalHours, boolean fires) {
        Fixture f = Fixture.valid().ceYear(2021, publicHours, professionalHours, true);
        var finding = rule.evaluate(f.context());
        assertThat(finding.isPresent()).isEqualTo(fires);
        finding.ifPresent(x -> {
            assertThat(x.outcome()).isEqualTo(Outcome.INFO);
            assertThat(x.evidence()).containsEntry("year", 2021)
                    .containsEntry("publicHours", BigDecimal.valueOf(publicHours))
                    .containsEntry("professionalHours", BigDecimal.valueOf(professionalHours))
                    .containsEntry("totalHours", BigDecimal.valueOf(publicHours).add(BigDecimal.valueOf(professionalHours)))
                    .containsEntry("requiredTotalHours", 90).containsEntry("requiredProfessionalHours", 60);
        });
    }

    @ParameterizedTest(name = "{0} -> fires")
    @CsvSource({"NO_PRIOR_YEAR_ROW", "PERSON_NOT_FOUND"})
    void notesMissingPriorYearRecords(String ce) {
        Fixture f = Fixture.valid();
        f.ce = ce.equals("PERSON_NOT_FOUND") ? CeRecord.notFound(f.idNumber)
                : new CeRecord(f.idNumber, true, java.util.List.of(new CeRecord.CeYear(2022, BigDecimal.TEN, BigDecimal.TEN, true)));
        assertThat(rule.evaluate(f.context())).hasValueSatisfying(x -> {
            assertThat(x.outcome()).isEqualTo(Outcome.INFO);
            assertThat(x.evidence()).containsEntry("recorded", false);
        });
    }

    @Test
    void usesTheConfiguredThresholds() {
        Fixture f = Fixture.valid().ceYear(2021, 20, 50, true).with(x -> {
            x.settings = new ReviewSettings(70, 50, 3, 6, 60, 3, 55, true, java.time.MonthDay.of(11, 30), "2022.1");
            return x;
        });
        assertThat(rule.evaluate(f.context())).isEmpty();
    }
}
