package gx.zhicheng.rules;

import gx.zhicheng.rules.Declaration.Attachment;
import gx.zhicheng.rules.Declaration.AttachmentType;
import gx.zhicheng.rules.Declaration.Category;
import gx.zhicheng.rules.Declaration.Claims;
import gx.zhicheng.rules.Declaration.CurrentTitle;
import gx.zhicheng.rules.Declaration.Education;
import gx.zhicheng.rules.Declaration.Employer;
import gx.zhicheng.rules.Declaration.Level;
import gx.zhicheng.rules.Declaration.WorkEntry;
import gx.zhicheng.rules.SiRecord.EmployerType;
import gx.zhicheng.rules.SiRecord.SiMonth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A declaration that passes every rule, to be changed one part at a time: a man born 1980, at a public
 * institution since 2015-01, declaring on 2022-07-15 (M = 2022-07) with SI rows for every month and the CE done.
 */
final class Fixture {

    static final LocalDate DECLARED_ON = LocalDate.of(2022, 7, 15);
    static final YearMonth M = YearMonth.of(2022, 7);
    static final String CREDIT_CODE = "91350100M000100Y43";
    static final String OTHER_CREDIT_CODE = "91451400MA5N000012";
    static final String EMPLOYER_NAME = "崇左市示例科技有限公司（江州）";
    static final String OTHER_NAME = "南宁市另一建设有限公司";
    static final OffsetDateTime REVIEWED_AT = OffsetDateTime.of(2022, 7, 16, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    LocalDate declaredOn = DECLARED_ON;
    String declarationId = "GX2022-0000001";
    int version = 3;
    String idNumber = id(LocalDate.of(1980, 5, 20), true);
    List<String> formerNames = List.of();
    Category category = Category.PUBLIC_INSTITUTION;
    Employer employer = new Employer(EMPLOYER_NAME, CREDIT_CODE, true, null);
    String series = "ENGINEERING";
    String industry;
    Level level = Level.DEPUTY_SENIOR;
    CurrentTitle currentTitle = new CurrentTitle(Level.INTERMEDIATE, "ENGINEERING", LocalDate.of(2016, 12, 1), true, null);
    Education education = new Education("本科", LocalDate.of(2005, 7, 1));
    List<WorkEntry> workHistory = List.of(entry(EMPLOYER_NAME, CREDIT_CODE, "2015-01", null));
    private Boolean exceptional;
    private Boolean retirementExtensionApproved;
    private LocalDate transitionUntil;
    private LocalDate disciplinaryUntil;
    private LocalDate sanctionUntil;
    private Boolean underInvestigation;
    private Boolean identityChanged;
    List<Attachment> attachments = new ArrayList<>();
    boolean siAnswered = true;
    boolean siFound = true;
    SiRecord.Pension pension = new SiRecord.Pension(SiRecord.PensionStatus.CONTRIBUTING, null);
    /** Null: the default, one employer row for every month from 2015-01 to M. */
    List<SiMonth> siRows;
    CeRecord ce;
    List<ArchiveEntry> archive = new ArrayList<>();
    List<String> sameLevel = new ArrayList<>();
    ReviewSettings settings = ReviewSettings.defaults();

    static Fixture valid() {
        return new Fixture();
    }

    /** A freelancer: no employer, a freelance work history, only flexible-employment SI rows. */
    static Fixture freelancer() {
        Fixture f = new Fixture();
        f.category = Category.FREELANCER;
        f.employer = null;
        f.workHistory = List.of(new WorkEntry("自由职业", null, YearMonth.of(2015, 1), null, "设计", true, true));
        f.siRows = rows("2015-01", "2022-07", null, "个人", EmployerType.FLEXIBLE_EMPLOYMENT);
        return f;
    }

    Fixture with(UnaryOperator<Fixture> change) {
        return change.apply(this);
    }

    Fixture attach(AttachmentType type) {
        attachments.add(new Attachment(type, "F-" + type));
        return this;
    }

    // the claims one at a time, by name (Declaration.Claims has seven positional fields, most of them null here)
    Fixture exceptional(Boolean value) {
        exceptional = value;
        return this;
    }

    Fixture retirementExtensionApproved(Boolean value) {
        retirementExtensionApproved = value;
        return this;
    }

    Fixture transitionUntil(LocalDate value) {
        transitionUntil = value;
        return this;
    }

    Fixture disciplinaryUntil(LocalDate value) {
        disciplinaryUntil = value;
        return this;
    }

    Fixture sanctionUntil(LocalDate value) {
        sanctionUntil = value;
        return this;
    }

    Fixture underInvestigation(Boolean value) {
        underInvestigation = value;
        return this;
    }

    Fixture identityChanged(Boolean value) {
        identityChanged = value;
        return this;
    }

    /** Replaces the SI rows of these months (all rows of the month) by the given rows. */
    Fixture replaceSiMonths(YearMonth from, YearMonth to, List<SiMonth> replacement) {
        List<SiMonth> kept = new ArrayList<>(siRows().stream()
                .filter(r -> r.month().isBefore(from) || r.month().isAfter(to)).toList());
        kept.addAll(replacement);
        siRows = kept;
        return this;
    }

    Fixture dropSiMonths(YearMonth from, YearMonth to) {
        return replaceSiMonths(from, to, List.of());
    }

    Fixture ceYear(int year, double publicHours, double professionalHours, boolean passed) {
        List<CeRecord.CeYear> years = new ArrayList<>(ceRecord().years().stream().filter(y -> y.year() != year).toList());
        years.add(new CeRecord.CeYear(year, BigDecimal.valueOf(publicHours), BigDecimal.valueOf(professionalHours), passed));
        ce = new CeRecord(idNumber, true, years);
        return this;
    }

    Declaration declaration() {
        return new Declaration(declarationId, version, REVIEWED_AT.minusDays(1), declaredOn.getYear(), declaredOn,
                Declaration.Status.SUBMITTED, new Declaration.Applicant("张三", idNumber, formerNames, "13800000000"),
                category, employer, series, industry, "建筑工程", level, currentTitle, education, workHistory, new Claims(exceptional, retirementExtensionApproved,
                transitionUntil, disciplinaryUntil, sanctionUntil, underInvestigation, identityChanged),
                attachments);
    }

    Dossier dossier() {
        SiRecord si = !siAnswered ? null
                : siFound ? new SiRecord(idNumber, true, pension, siRows()) : SiRecord.notFound(idNumber);
        return new Dossier(declaration(), si, ceRecord(), archive, sameLevel);
    }

    ReviewContext context() {
        return contextOn(declaredOn);
    }

    ReviewContext contextOn(LocalDate evaluationDate) {
        return ReviewContext.of(dossier(), evaluationDate, settings);
    }

    List<SiMonth> siRows() {
        if (siRows == null) {
            siRows = employer == null ? List.of()
                    : rows("2015-01", YearMonth.from(declaredOn).toString(), employer.creditCode(), employer.name(),
                    typeOf(category));
        }
        return siRows;
    }

    private CeRecord ceRecord() {
        if (ce == null) {
            int year = declaredOn.getYear();
            ce = new CeRecord(idNumber, true, List.of(
                    new CeRecord.CeYear(year - 1, new BigDecimal("30"), new BigDecimal("64"), true),
                    new CeRecord.CeYear(year, new BigDecimal("20"), new BigDecimal("12"), true)));
        }
        return ce;
    }

    static EmployerType typeOf(Category category) {
        return switch (category) {
            case PUBLIC_INSTITUTION, CIVIL_SERVICE_MANAGED_INSTITUTION -> EmployerType.PUBLIC_INSTITUTION;
            case STATE_ENTERPRISE, PRIVATE_ENTERPRISE -> EmployerType.ENTERPRISE;
            case SOCIAL_ORGANIZATION -> EmployerType.SOCIAL_ORGANIZATION;
            case INDIVIDUAL_BUSINESS -> EmployerType.INDIVIDUAL_BUSINESS;
            case GOVERNMENT_AGENCY -> EmployerType.GOVERNMENT_AGENCY;
            case FREELANCER -> EmployerType.FLEXIBLE_EMPLOYMENT;
        };
    }

    static List<SiMonth> rows(String from, String to, String creditCode, String name, EmployerType type) {
        return MonthRanges.between(YearMonth.parse(from), YearMonth.parse(to)).stream()
                .map(m -> row(m, creditCode, name, type, true)).toList();
    }

    static SiMonth row(YearMonth month, String creditCode, String name, EmployerType type, boolean paid) {
        SiRecord.Scheme scheme = type == EmployerType.PUBLIC_INSTITUTION || type == EmployerType.GOVERNMENT_AGENCY
                ? SiRecord.Scheme.AGENCY_AND_INSTITUTION : SiRecord.Scheme.ENTERPRISE_EMPLOYEE;
        return new SiMonth(month, creditCode, name, type, scheme, paid);
    }

    static WorkEntry entry(String name, String creditCode, String from, String to) {
        return new WorkEntry(name, creditCode, YearMonth.parse(from), to == null ? null : YearMonth.parse(to),
                "工程师", true, false);
    }

    /** A resident ID number for that birth date and sex, region 451402 (江州区), with its check character. */
    static String id(LocalDate birthDate, boolean male) {
        String first17 = "451402" + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + (male ? "011" : "022");
        return first17 + ResidentId.checkCharacter(first17);
    }

    static LocalDate date(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }
}
