package gx.zhicheng.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** One person's answer from the social-security (SI) feed for the months asked. */
public record SiRecord(String idNumber, boolean found, Pension pension, List<SiMonth> months) {

    public enum PensionStatus { CONTRIBUTING, SUSPENDED, RETIRED }

    public enum EmployerType {
        GOVERNMENT_AGENCY, PUBLIC_INSTITUTION, ENTERPRISE, SOCIAL_ORGANIZATION, INDIVIDUAL_BUSINESS, FLEXIBLE_EMPLOYMENT
    }

    public enum Scheme { ENTERPRISE_EMPLOYEE, AGENCY_AND_INSTITUTION, URBAN_RURAL_RESIDENT }

    public record Pension(PensionStatus status, LocalDate retiredOn) {}

    /** One row per month and paying unit; a month with no row had no contribution. */
    public record SiMonth(YearMonth month, String employerCreditCode, String employerName, EmployerType employerType,
                          Scheme scheme, boolean paid) {
        /** A unit row in the sense of rules.md: paid by a unit, not an arrear, not flexible employment. */
        public boolean isUnitRow() {
            return paid && employerType != EmployerType.FLEXIBLE_EMPLOYMENT;
        }
    }

    public SiRecord {
        months = months == null ? List.of() : List.copyOf(months);
    }

    public static SiRecord notFound(String idNumber) {
        return new SiRecord(idNumber, false, null, List.of());
    }
}
