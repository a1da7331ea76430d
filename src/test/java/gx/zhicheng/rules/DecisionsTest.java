package gx.zhicheng.rules;

import static gx.zhicheng.rules.DecisionType.APPROVE;
import static gx.zhicheng.rules.DecisionType.CONFIRM;
import static gx.zhicheng.rules.DecisionType.CONFIRM_FALSIFICATION;
import static gx.zhicheng.rules.DecisionType.DISMISS;
import static gx.zhicheng.rules.DecisionType.REFUSE;
import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.rules.Declaration.AttachmentType;
import gx.zhicheng.rules.Declaration.Category;
import gx.zhicheng.rules.Declaration.Education;
import gx.zhicheng.rules.SiRecord.EmployerType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Operator decisions on VERIFY findings (rules.md): applied by the engine on every later review. */
class DecisionsTest {

    private static final OffsetDateTime DECIDED_AT = OffsetDateTime.of(2022, 8, 2, 10, 30, 0, 0, ZoneOffset.ofHours(8));

    private final RuleEngine engine =
            new RuleEngine(ReviewSettings.defaults(), OfficeDirectory.load(Path.of("config/offices.csv")));

    /** A declaration whose only finding is a VERIFY of that rule. */
    static Fixture verifying(String rule) {
        return switch (rule) {
            case "WORK_HISTORY_MISMATCH" -> conflictMonths(3);
            case "IDENTITY_TYPE_MISMATCH" -> siEmployerType(EmployerType.ENTERPRISE);
            case "CIVIL_SERVANT" -> agencyAtMMinus1("崇左市某局");
            case "SI_RECORD_NOT_FOUND" -> Fixture.valid().with(x -> { x.siFound = false; return x; });
            case "PRIVATE_SI_CONTINUITY" -> otherUnitBeforeM(1);
            case "PUBLIC_SUBJECT_EXAM_MISSING" -> Fixture.valid().ceYear(2022, 20, 12, false)
                    .attach(Declaration.AttachmentType.PUBLIC_EXAM_CERTIFICATE);
            case "NO_TITLE_APPROVAL_REQUIRED" -> noTitle();
            case "EXCEPTIONAL_APPROVAL_REQUIRED" -> exceptional(Fixture.valid());
            default -> throw new IllegalArgumentException(rule);
        };
    }

    /** SI shows another unit for that many months from 2021-01 (3 make a WORK_HISTORY_MISMATCH). */
    static Fixture conflictMonths(int months) {
        YearMonth from = YearMonth.of(2021, 1);
        YearMonth to = from.plusMonths(months - 1L);
        return Fixture.valid().replaceSiMonths(from, to, Fixture.rows(from.toString(), to.toString(),
                Fixture.OTHER_CREDIT_CODE, Fixture.OTHER_NAME, EmployerType.ENTERPRISE));
    }

    /** A public institution whose SI rows carry another employer type. */
    static Fixture siEmployerType(EmployerType type) {
        return Fixture.valid().with(x -> {
            x.siRows = Fixture.rows("2015-01", "2022-07", Fixture.CREDIT_CODE, Fixture.EMPLOYER_NAME, type);
            return x;
        });
    }

    /** Besides the declaring unit, a government agency pays in M-1. */
    static Fixture agencyAtMMinus1(String agency) {
        YearMonth m1 = Fixture.M.minusMonths(1);
        return Fixture.valid().replaceSiMonths(m1, m1, List.of(
                Fixture.row(m1, Fixture.CREDIT_CODE, Fixture.EMPLOYER_NAME, EmployerType.PUBLIC_INSTITUTION, true),
                Fixture.row(m1, null, agency, EmployerType.GOVERNMENT_AGENCY, true)));
    }

    /** A private-enterprise applicant whose last months before M were paid by another unit, explained. */
    static Fixture otherUnitBeforeM(int months) {
        YearMonth to = Fixture.M.minusMonths(1);
        YearMonth from = to.minusMonths(months - 1L);
        return Fixture.valid().with(x -> { x.category = Category.PRIVATE_ENTERPRISE; return x; })
                .replaceSiMonths(from, to, Fixture.rows(from.toString(), to.toString(), Fixture.OTHER_CREDIT_CODE,
                        Fixture.OTHER_NAME, EmployerType.ENTERPRISE))
                .attach(AttachmentType.UNIT_CHANGE_EXPLANATION);
    }

    static Fixture noTitle() {
        return Fixture.valid().with(x -> {
            x.currentTitle = null;
            x.education = new Education("本科", LocalDate.of(2014, 12, 1));
            return x;
        }).attach(AttachmentType.PROFESSIONAL_WORK_PROOF);
    }

    static Fixture exceptional(Fixture f) {
        return f.exceptional(true).attach(AttachmentType.EXCEPTIONAL_PROOF);
    }

    /** The decisions table of rules.md, both decisions of every row. {2}: the finding afterwards, "" when dropped. */
    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @CsvSource({
            "WORK_HISTORY_MISMATCH,         CONFIRM_FALSIFICATION, FALSIFICATION_CONFIRMED:REJECT,    REJECT, 工作经历与社保缴费记录不符",
            "WORK_HISTORY_MISMATCH,         DISMISS,               '',                                PASS,   ''",
            "IDENTITY_TYPE_MISMATCH,        CONFIRM_FALSIFICATION, FALSIFICATION_CONFIRMED:REJECT,    REJECT, 身份性质与社保数据不符",
            "IDENTITY_TYPE_MISMATCH,        DISMISS,               '',                                PASS,   ''",
            "CIVIL_SERVANT,                 CONFIRM,               CIVIL_SERVANT:REJECT,              REJECT, 经核实为公务员（含参照公务员法管理单位人员），不得申报职称",
            "CIVIL_SERVANT,                 DISMISS,               '',                                PASS,   ''",
            "SI_RECORD_NOT_FOUND,           APPROVE,               SI_RECORD_NOT_FOUND:INFO,          PASS,   审核同意",
            "SI_RECORD_NOT_FOUND,           REFUSE,                SI_RECORD_NOT_FOUND:RETURN,        RETURN, 请上传社保经办机构出具的社保缴费证明",
            "PRIVATE_SI_CONTINUITY,         APPROVE,               PRIVATE_SI_CONTINUITY:INFO,        PASS,   经职改办审核同意",
            "PRIVATE_SI_CONTINUITY,         REFUSE,                PRIVATE_SI_CONTINUITY:RETURN,      RETURN, （缺少：2022-06），经职改办审核",
            "PUBLIC_SUBJECT_EXAM_MISSING,   APPROVE,               PUBLIC_SUBJECT_EXAM_MISSING:INFO,  PASS,   已上传公需科目考试合格证明，经职改办核实，审核同意",
            "PUBLIC_SUBJECT_EXAM_MISSING,   REFUSE,                PUBLIC_SUBJECT_EXAM_MISSING:RETURN, RETURN, 所上传的公需科目考试合格证明不能证明已完成",
            "NO_TITLE_APPROVAL_REQUIRED,    APPROVE,               NO_TITLE_APPROVAL_REQUIRED:INFO,   PASS,   审核同意",
            "NO_TITLE_APPROVAL_REQUIRED,    REFUSE,                NO_TITLE_APPROVAL_REQUIRED:REJECT, REJECT, 未经同意不得参评",
            "EXCEPTIONAL_APPROVAL_REQUIRED, APPROVE,               EXCEPTIONAL_APPROVAL_REQUIRED:INFO, PASS,  审核同意",
            "EXCEPTIONAL_APPROVAL_REQUIRED, REFUSE,                EXCEPTIONAL_APPROVAL_REQUIRED:REJECT, REJECT, 未经同意不得参评"})
    void appliesEachRowOfTheDecisionsTable(String rule, DecisionType type, String after, Outcome verdict, String message) {
        Fixture f = verifying(rule);
        Verdict before = engine.review(f.dossier(), Fixture.REVIEWED_AT);
        assertThat(findings(before)).containsExactly(rule + ":VERIFY");
        assertThat(before.outcome()).isEqualTo(Outcome.VERIFY);
        Finding decided = before.findings().get(0);

        Verdict decidedVerdict = engine.review(f.dossier(), List.of(decide(decided, type, DECIDED_AT)), Fixture.REVIEWED_AT);

        assertThat(findings(decidedVerdict)).containsExactlyElementsOf(after.isEmpty() ? List.of() : List.of(after));
        assertThat(decidedVerdict.outcome()).isEqualTo(verdict);
        decidedVerdict.findings().forEach(x -> {
            assertThat(x.message()).contains(message);
            if (type == CONFIRM_FALSIFICATION) {
                assertThat(x.evidence()).containsExactly(Map.entry("rule", rule), Map.entry("decidedAt", "2022-08-02"),
                        Map.entry("note", "核对原件"));
                assertThat(x.message()).contains("记录期为三年，记录期内不得申报");
            } else {
                assertThat(x.evidence()).containsAllEntriesOf(decided.evidence()).containsEntry("decision", type.name())
                        .containsEntry("decidedAt", "2022-08-02").containsEntry("note", "核对原件");
            }
        });
    }

    /** A later version: the decision holds while its rule fires with the same evidence, else the fresh finding waits. */
    static Stream<Arguments> laterVersions() {
        return Stream.of(
                Arguments.of("WORK_HISTORY_MISMATCH", DISMISS, sup(() -> conflictMonths(3)), true),
                Arguments.of("WORK_HISTORY_MISMATCH", DISMISS, sup(() -> conflictMonths(4)), false),
                Arguments.of("IDENTITY_TYPE_MISMATCH", DISMISS, sup(() -> siEmployerType(EmployerType.ENTERPRISE)), true),
                Arguments.of("IDENTITY_TYPE_MISMATCH", DISMISS,
                        sup(() -> siEmployerType(EmployerType.SOCIAL_ORGANIZATION)), false),
                Arguments.of("CIVIL_SERVANT", CONFIRM, sup(() -> agencyAtMMinus1("崇左市某局")), true),
                Arguments.of("CIVIL_SERVANT", CONFIRM, sup(() -> agencyAtMMinus1("崇左市另一局")), false),
                Arguments.of("PRIVATE_SI_CONTINUITY", APPROVE, sup(() -> otherUnitBeforeM(1)), true),
                Arguments.of("PRIVATE_SI_CONTINUITY", APPROVE, sup(() -> otherUnitBeforeM(2)), false),
                // no explanation any more: the fresh finding is a RETURN, which no decision touches
                Arguments.of("PRIVATE_SI_CONTINUITY", APPROVE, sup(() -> {
                    Fixture f = otherUnitBeforeM(1);
                    f.attachments.clear();
                    return f;
                }), false),
                Arguments.of("NO_TITLE_APPROVAL_REQUIRED", REFUSE, sup(DecisionsTest::noTitle), true),
                Arguments.of("SI_RECORD_NOT_FOUND", APPROVE, sup(() -> verifying("SI_RECORD_NOT_FOUND")), true));
    }

    @ParameterizedTest(name = "{0} {1}, later version #{index} -> holds {3}")
    @MethodSource("laterVersions")
    void holdsWhileTheSameRuleFiresWithTheSameEvidence(String rule, DecisionType type, Supplier<Fixture> later,
                                                        boolean holds) {
        Finding decided = firstFinding(verifying(rule));
        Fixture next = later.get().with(x -> { x.version = 4; return x; });
        Verdict undecided = engine.review(next.dossier(), Fixture.REVIEWED_AT);

        Verdict verdict = engine.review(next.dossier(), List.of(decide(decided, type, DECIDED_AT)), Fixture.REVIEWED_AT);

        assertThat(undecided.findings()).extracting(Finding::rule).contains(rule);
        if (holds) {
            assertThat(verdict.findings()).noneMatch(x -> x.rule().equals(rule) && x.outcome() == Outcome.VERIFY);
            assertThat(verdict.outcome()).isNotEqualTo(Outcome.VERIFY);
        } else {
            assertThat(verdict).isEqualTo(undecided);
        }
    }

    @Test
    void holdsAConfirmedFalsificationForLaterVersionsWithoutTheMismatch() {
        Finding mismatch = firstFinding(verifying("WORK_HISTORY_MISMATCH"));
        Fixture corrected = Fixture.valid().with(x -> { x.version = 5; return x; });
        List<Decision> decisions = List.of(decide(mismatch, CONFIRM_FALSIFICATION, DECIDED_AT),
                decide(mismatch, DISMISS, DECIDED_AT.plusDays(1))); // nothing undoes a confirmation

        Verdict verdict = engine.review(corrected.dossier(), decisions, Fixture.REVIEWED_AT);

        assertThat(engine.review(corrected.dossier(), Fixture.REVIEWED_AT).outcome()).isEqualTo(Outcome.PASS);
        assertThat(verdict.outcome()).isEqualTo(Outcome.REJECT);
        assertThat(verdict.declarationVersion()).isEqualTo(5);
        assertThat(verdict.findings()).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("FALSIFICATION_CONFIRMED");
            assertThat(x.outcome()).isEqualTo(Outcome.REJECT);
            assertThat(x.evidence()).containsEntry("rule", "WORK_HISTORY_MISMATCH").containsEntry("decidedAt", "2022-08-02");
        });
    }

    @Test
    void listsConfirmedFalsificationsFirstPlusEveryOtherFinding() {
        // both suspicions fire, the CE of this year is missing and last year's hours are low
        Fixture f = siEmployerType(EmployerType.ENTERPRISE)
                .replaceSiMonths(YearMonth.of(2021, 1), YearMonth.of(2021, 3), Fixture.rows("2021-01", "2021-03",
                        Fixture.OTHER_CREDIT_CODE, Fixture.OTHER_NAME, EmployerType.ENTERPRISE))
                .ceYear(2022, 10, 10, false).ceYear(2021, 10, 10, true);
        Verdict before = engine.review(f.dossier(), Fixture.REVIEWED_AT);
        assertThat(findings(before)).containsExactly("PUBLIC_SUBJECT_EXAM_MISSING:RETURN", "PRIOR_YEAR_CE_HOURS_LOW:INFO",
                "WORK_HISTORY_MISMATCH:VERIFY", "IDENTITY_TYPE_MISMATCH:VERIFY");
        // the identity type confirmed first: the report order is still the rules' order
        List<Decision> decisions = List.of(
                decide(finding(before, "IDENTITY_TYPE_MISMATCH"), CONFIRM_FALSIFICATION, DECIDED_AT),
                decide(finding(before, "WORK_HISTORY_MISMATCH"), CONFIRM_FALSIFICATION, DECIDED_AT.plusHours(1)));

        Verdict verdict = engine.review(f.dossier(), decisions, Fixture.REVIEWED_AT);

        assertThat(findings(verdict)).containsExactly("FALSIFICATION_CONFIRMED:REJECT", "FALSIFICATION_CONFIRMED:REJECT",
                "PUBLIC_SUBJECT_EXAM_MISSING:RETURN", "PRIOR_YEAR_CE_HOURS_LOW:INFO");
        assertThat(verdict.findings()).extracting(x -> x.evidence().get("rule")).startsWith("WORK_HISTORY_MISMATCH",
                "IDENTITY_TYPE_MISMATCH");
        assertThat(verdict.outcome()).isEqualTo(Outcome.REJECT);
        assertThat(engine.review(f.dossier(), decisions, Fixture.REVIEWED_AT)).isEqualTo(verdict);
    }

    /** The latest decision wins: decidedAt on the time line, then the later in the list. */
    @ParameterizedTest(name = "{0} at {1}, then {2} at {3} -> {4}")
    @CsvSource({
            "APPROVE, 2022-08-02T10:00+08:00, REFUSE,  2022-08-03T10:00+08:00, REJECT",
            "REFUSE,  2022-08-03T10:00+08:00, APPROVE, 2022-08-02T10:00+08:00, REJECT",
            "APPROVE, 2022-08-02T10:00+08:00, REFUSE,  2022-08-02T10:00+08:00, REJECT",
            "REFUSE,  2022-08-02T10:00+08:00, APPROVE, 2022-08-02T10:00+08:00, PASS",
            "REFUSE,  2022-08-02T10:00+08:00, APPROVE, 2022-08-02T02:00Z,      PASS",
            "APPROVE, 2022-08-02T09:00Z,      REFUSE,  2022-08-02T16:00+08:00, PASS"})
    void appliesTheLatestDecisionForARule(DecisionType first, OffsetDateTime firstAt, DecisionType second,
                                          OffsetDateTime secondAt, Outcome expected) {
        Fixture f = noTitle();
        Finding finding = firstFinding(f);
        List<Decision> decisions = List.of(decide(finding, first, firstAt), decide(finding, second, secondAt));
        assertThat(engine.review(f.dossier(), decisions, Fixture.REVIEWED_AT).outcome()).isEqualTo(expected);
    }

    @Test
    void neverRevivesASupersededDecision() {
        List<Decision> decisions = List.of(decide(firstFinding(otherUnitBeforeM(1)), APPROVE, DECIDED_AT),
                decide(firstFinding(otherUnitBeforeM(2)), REFUSE, DECIDED_AT.plusDays(1)));
        Verdict verdict = engine.review(otherUnitBeforeM(1).dossier(), decisions, Fixture.REVIEWED_AT);
        assertThat(findings(verdict)).containsExactly("PRIVATE_SI_CONTINUITY:VERIFY");
    }

    /** Approving or refusing recomputes the outcome with the usual order; INFO never counts. */
    @ParameterizedTest(name = "no title {0}, exceptional {1} -> {2}")
    @CsvSource(nullValues = "NONE", value = {
            "NONE,    NONE,    VERIFY",
            "APPROVE, NONE,    VERIFY",
            "APPROVE, APPROVE, PASS",
            "APPROVE, REFUSE,  REJECT",
            "REFUSE,  APPROVE, REJECT"})
    void recomputesTheOutcome(DecisionType noTitle, DecisionType exceptional, Outcome expected) {
        Fixture f = exceptional(noTitle());
        Verdict before = engine.review(f.dossier(), Fixture.REVIEWED_AT);
        assertThat(findings(before))
                .containsExactly("NO_TITLE_APPROVAL_REQUIRED:VERIFY", "EXCEPTIONAL_APPROVAL_REQUIRED:VERIFY");
        List<Decision> decisions = new ArrayList<>();
        if (noTitle != null) {
            decisions.add(decide(finding(before, "NO_TITLE_APPROVAL_REQUIRED"), noTitle, DECIDED_AT));
        }
        if (exceptional != null) {
            decisions.add(decide(finding(before, "EXCEPTIONAL_APPROVAL_REQUIRED"), exceptional, DECIDED_AT));
        }
        assertThat(engine.review(f.dossier(), decisions, Fixture.REVIEWED_AT).outcome()).isEqualTo(expected);
    }

    /** Decisions rules.md does not allow on the rule are ignored. */
    @ParameterizedTest(name = "{1} on {0} ignored")
    @CsvSource({
            "WORK_HISTORY_MISMATCH, APPROVE",
            "WORK_HISTORY_MISMATCH, CONFIRM",
            "CIVIL_SERVANT,         CONFIRM_FALSIFICATION",
            "SI_RECORD_NOT_FOUND,   CONFIRM_FALSIFICATION",
            "SI_RECORD_NOT_FOUND,   DISMISS",
            "NO_TITLE_APPROVAL_REQUIRED, CONFIRM"})
    void ignoresDecisionsTheTableDoesNotAllow(String rule, DecisionType type) {
        Fixture f = verifying(rule);
        Verdict undecided = engine.review(f.dossier(), Fixture.REVIEWED_AT);
        Decision decision = decide(undecided.findings().get(0), type, DECIDED_AT);
        assertThat(engine.review(f.dossier(), List.of(decision), Fixture.REVIEWED_AT)).isEqualTo(undecided);
    }

    @Test
    void matchesEvidenceRecordedAsJsonReadsItBack() {
        Fixture f = verifying("WORK_HISTORY_MISMATCH");
        Finding mismatch = firstFinding(f);
        Map<String, Object> asRead = new HashMap<>(mismatch.evidence());
        asRead.put("conflictMonthCount", 3L);
        asRead.put("gapMonthCount", 0.0d);
        Decision dismissed = new Decision("WORK_HISTORY_MISMATCH", DISMISS, null, "op-li", DECIDED_AT, 3, asRead);
        assertThat(engine.review(f.dossier(), List.of(dismissed), Fixture.REVIEWED_AT).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void keepsTheFindingsEvidenceAndAddsTheDecisionLast() {
        Fixture f = verifying("PRIVATE_SI_CONTINUITY");
        Finding finding = firstFinding(f);
        List<Decision> decisions = List.of(decide(finding, APPROVE, DECIDED_AT));
        Verdict verdict = engine.review(f.dossier(), decisions, Fixture.REVIEWED_AT);
        assertThat(verdict).isEqualTo(engine.review(f.dossier(), decisions, Fixture.REVIEWED_AT));
        assertThat(verdict.findings().get(0).evidence().keySet()).containsExactly("window", "monthsLacking", "otherSiUnits",
                "otherDeclaredEmployers", "unitChangeExplanation", "decision", "decidedAt", "note");
    }

    @Test
    void appliesDecisionsOnTheRecheckToo() {
        Fixture f = verifying("SI_RECORD_NOT_FOUND")
                .with(x -> { x.idNumber = Fixture.id(LocalDate.of(1962, 9, 1), true); return x; });
        List<Decision> decisions = List.of(decide(firstFinding(f), APPROVE, DECIDED_AT));
        assertThat(engine.recheck(f.dossier(), decisions, LocalDate.of(2022, 8, 31), Fixture.REVIEWED_AT).outcome())
                .isEqualTo(Outcome.PASS);
        Verdict verdict = engine.recheck(f.dossier(), decisions, LocalDate.of(2022, 9, 1), Fixture.REVIEWED_AT);
        assertThat(findings(verdict)).containsExactly("SI_RECORD_NOT_FOUND:INFO", "EXCLUSION_AFTER_DECLARATION:REJECT");
        assertThat(verdict.outcome()).isEqualTo(Outcome.REJECT);
    }

    /** In the order of DecisionType. */
    @ParameterizedTest(name = "{0} {1} -> [{2}]")
    @CsvSource({
            "WORK_HISTORY_MISMATCH,         VERIFY, CONFIRM_FALSIFICATION DISMISS",
            "IDENTITY_TYPE_MISMATCH,        VERIFY, CONFIRM_FALSIFICATION DISMISS",
            "CIVIL_SERVANT,                 VERIFY, DISMISS CONFIRM",
            "CIVIL_SERVANT,                 REJECT, ''",
            "EXCLUSION_AFTER_DECLARATION,   VERIFY, DISMISS CONFIRM",
            "EXCLUSION_AFTER_DECLARATION,   REJECT, ''",
            "SI_RECORD_NOT_FOUND,           VERIFY, APPROVE REFUSE",
            "SI_RECORD_NOT_FOUND,           INFO,   ''",
            "PRIVATE_SI_CONTINUITY,         VERIFY, APPROVE REFUSE",
            "PRIVATE_SI_CONTINUITY,         RETURN, ''",
            "NO_TITLE_APPROVAL_REQUIRED,    VERIFY, APPROVE REFUSE",
            "NO_TITLE_APPROVAL_REQUIRED,    REJECT, ''",
            "EXCEPTIONAL_APPROVAL_REQUIRED, VERIFY, APPROVE REFUSE",
            "PUBLIC_SUBJECT_EXAM_MISSING,   RETURN, ''",
            "PUBLIC_SUBJECT_EXAM_MISSING,   VERIFY, APPROVE REFUSE",
            "RETIRED,                       REJECT, ''",
            "FALSIFICATION_CONFIRMED,       REJECT, ''",
            "NOT_A_RULE,                    VERIFY, ''"})
    void allowsTheDecisionsOfTheTableOnVerifyFindingsOnly(String rule, Outcome outcome, String allowed) {
        List<DecisionType> expected = allowed.isEmpty() ? List.of()
                : Arrays.stream(allowed.split(" ")).map(DecisionType::valueOf).toList();
        assertThat(RuleEngine.decisionsFor(rule, outcome)).containsExactlyElementsOf(expected);
    }

    private static Decision decide(Finding finding, DecisionType type, OffsetDateTime at) {
        return new Decision(finding.rule(), type, "核对原件", "op-li", at, 3, finding.evidence());
    }

    private Finding firstFinding(Fixture f) {
        return engine.review(f.dossier(), Fixture.REVIEWED_AT).findings().get(0);
    }

    private static Finding finding(Verdict verdict, String rule) {
        return verdict.findings().stream().filter(x -> x.rule().equals(rule)).findFirst().orElseThrow();
    }

    private static List<String> findings(Verdict verdict) {
        return verdict.findings().stream().map(x -> x.rule() + ":" + x.outcome()).toList();
    }

    private static Supplier<Fixture> sup(Supplier<Fixture> fixture) {
        return fixture;
    }
}
