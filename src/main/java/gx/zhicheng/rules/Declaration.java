package gx.zhicheng.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/** A declaration (申报) as the platform contract defines it; unknown JSON fields are ignored. */
public record Declaration(
        String declarationId,
        Integer version,
        OffsetDateTime updatedAt,
        Integer year,
        LocalDate declaredOn,
        Status status,
        Applicant applicant,
        Category category,
        Employer employer,
        String series,
        String industry,
        String specialty,
        Level level,
        CurrentTitle currentTitle,
        Education education,
        List<WorkEntry> workHistory,
        Claims claims,
        List<Attachment> attachments) {

    public enum Status { SUBMITTED, UNIT_RECOMMENDED, WITHDRAWN }

    public enum Category {
        PUBLIC_INSTITUTION, STATE_ENTERPRISE, PRIVATE_ENTERPRISE, SOCIAL_ORGANIZATION,
        INDIVIDUAL_BUSINESS, FREELANCER, GOVERNMENT_AGENCY, CIVIL_SERVICE_MANAGED_INSTITUTION
    }

    public enum Level { TECHNICIAN, ASSISTANT, INTERMEDIATE, DEPUTY_SENIOR, SENIOR }

    public enum AttachmentType {
        UNIT_CHANGE_EXPLANATION, EXCEPTIONAL_PROOF, PROFESSIONAL_WORK_PROOF, HOUSEHOLD_REGISTER_PAGE,
        RETIREMENT_EXTENSION_APPROVAL, TITLE_RECONFIRMATION, PUBLIC_EXAM_CERTIFICATE, OTHER
    }

    public record Applicant(String name, String idNumber, List<String> formerNames, String phone) {
        public Applicant {
            formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
        }
    }

    public record Employer(String name, String creditCode, Boolean independentLegalPerson, String regionCode) {}

    public record CurrentTitle(Level level, String series, LocalDate obtainedOn, Boolean issuedInGuangxi,
                               Boolean reconfirmedInGuangxi) {}

    public record Education(String degree, LocalDate graduatedOn) {}

    /** One entry of the declared work history; {@code to} null while current (runs to the declaration month). */
    public record WorkEntry(String employerName, String creditCode, YearMonth from, YearMonth to, String position,
                            Boolean professionalWork, Boolean freelance) {
        public boolean isFreelance() {
            return Boolean.TRUE.equals(freelance);
        }
    }

    public record Claims(Boolean exceptional, Boolean retirementExtensionApproved, LocalDate civilServiceTransitionUntil,
                         LocalDate disciplinaryPeriodUntil, LocalDate investigationOrSanctionUntil,
                         Boolean underInvestigation, Boolean identityChanged) {
        public static final Claims NONE = new Claims(null, null, null, null, null, null, null);
    }

    public record Attachment(AttachmentType type, String fileId) {}

    public Declaration {
        workHistory = workHistory == null ? null : List.copyOf(workHistory);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        claims = claims == null ? Claims.NONE : claims;
    }

    /** The declaration month M: every month rule counts back from it. */
    public YearMonth declarationMonth() {
        return YearMonth.from(declaredOn);
    }

    public boolean hasAttachment(AttachmentType type) {
        return attachments.stream().anyMatch(a -> a.type() == type);
    }
}
