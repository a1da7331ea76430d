package gx.zhicheng.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** One person's answer from the continuing-education (CE) feed. */
public record CeRecord(String idNumber, boolean found, List<CeYear> years) {

    public record CeYear(int year, BigDecimal publicHours, BigDecimal professionalHours, boolean publicExamPassed) {
        public BigDecimal totalHours() {
            return publicHours.add(professionalHours);
        }
    }

    public CeRecord {
        years = years == null ? List.of() : List.copyOf(years);
    }

    public Optional<CeYear> year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }

    public static CeRecord notFound(String idNumber) {
        return new CeRecord(idNumber, false, List.of());
    }
}
