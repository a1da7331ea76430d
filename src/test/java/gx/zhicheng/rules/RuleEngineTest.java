package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.rules.Declaration.AttachmentType;
import gx.zhicheng.rules.Declaration.Category;
import gx.zhicheng.rules.SiRecord.EmployerType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RuleEngineTest {

    private final RuleEngine engine =
            new RuleEngine(ReviewSettings.defaults(), OfficeDirectory.load(Path.of("config/offices.csv")));

    @Test
    void passesAValidDeclaration() {
        Verdict verdict = engine.review(Fixture.valid().dossier(), Fixture.REVIEWED_AT);
        assertThat(verdict).isEqualTo(new Verdict("GX2022-0000001", 3, Outcome.PASS, List.of(),
                new ReviewOffice("市工信局", "0771-5961125", "崇左市江州区思政路2号崇左市工信局大楼204室"),
                Fixture.REVIEWED_AT, "2022.2"));
    }

    /** Findings as "RULE:OUTCOME" separated by spaces. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'', PASS",
            "PRIOR_YEAR_CE_HOURS_LOW:INFO CIVIL_SERVICE_TRANSITION:INFO, PASS",
            "SI_RECORD_NOT_FOUND:VERIFY PRIOR_YEAR_CE_HOURS_LOW:INFO, VERIFY",
            "SI_RECORD_NOT_FOUND:VERIFY PUBLIC_SUBJECT_EXAM_MISSING:RETURN, RETURN",
            "PRIVATE_SI_CONTINUITY:VERIFY NO_TITLE_EVIDENCE_MISSING:RETURN, RETURN",
            "WORK_HISTORY_MISMATCH:VERIFY PUBLIC_SUBJECT_EXAM_MISSING:RETURN, VERIFY",
            "IDENTITY_TYPE_MISMATCH:VERIFY PUBLIC_SUBJECT_EXAM_MISSING:RETURN, VERIFY",
            "CIVIL_SERVANT:VERIFY PUBLIC_SUBJECT_EXAM_MISSING:RETURN, VERIFY",
            "RETIRED:REJECT WORK_HISTORY_MISMATCH:VERIFY PUBLIC_SUBJECT_EXAM_MISSING:RETURN, REJECT",
            "SI_RECORD_NOT_FOUND:INFO NO_TITLE_APPROVAL_REQUIRED:INFO, PASS"})
    void ranksRejectThenSuspicionThenReturnThenApproval(String findings, Outcome expected) {
        List<Finding> list = findings.isBlank() ? List.of() : Arrays.stream(findings.split(" "))
                .map(s -> s.split(":")).map(p -> new Finding(p[0], Outcome.valueOf(p[1]), "…", Map.of())).toList();
        assertThat(RuleEngine.outcomeOf(list)).isEqualTo(expected);
    }

    static Stream<Arguments> precedenceSteps() {
        UnaryOperator<Fixture> lowHours = f -> f.ceYear(2021, 10, 10, true);
        UnaryOperator<Fixture> approval = f -> lowHours.apply(f).exceptional(true)
                .attach(AttachmentType.EXCEPTIONAL_PROOF);
        UnaryOperator<Fixture> incomplete = f -> approval.apply(f).ceYear(2022, 10, 10, false);
        UnaryOperator<Fixture> suspicion = f -> incomplete.apply(f).replaceSiMonths(YearMonth.of(2021, 1), YearMonth.of(2021, 3),
                Fixture.rows("2021-01", "2021-03", Fixture.OTHER_CREDIT_CODE, Fixture.OTHER_NAME, EmployerType.ENTERPRISE));
        UnaryOperator<Fixture> excluded = f -> suspicion.apply(f)
                .exceptional(true).disciplinaryUntil(LocalDate.of(2023, 1, 1));
        return Stream.of(
                Arguments.of("INFO only", lowHours, Outcome.PASS),
                Arguments.of("+ approval VERIFY", approval, Outcome.VERIFY),
                Arguments.of("+ RETURN", incomplete, Outcome.RETURN),
                Arguments.of("+ suspicion VERIFY", suspicion, Outcome.VERIFY),
                Arguments.of("+ REJECT", excluded, Outcome.REJECT));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("precedenceSteps")
    void appliesEachPrecedenceStepOnRealDeclarations(String step, UnaryOperator<Fixture> change, Outcome expected) {
        assertThat(engine.review(change.apply(Fixture.valid()).dossier(), Fixture.REVIEWED_AT).outcome())
                .isEqualTo(expected);
    }

    @Test
    void reportsEveryFindingAtOnceInTableOrder() {
        Fixture f = Fixture.valid().with(x -> {
            x.category = Category.PRIVATE_ENTERPRISE;
            x.siRows(); // SI and the work history keep the real code; the declaration mistypes it
            x.employer = new Declaration.Employer(Fixture.EMPLOYER_NAME, "91350100M000100Y44", false, null);
            x.formerNames = List.of("张叁");
            return x;
        }).ceYear(2022, 10, 10, false).ceYear(2021, 10, 10, true)
                .dropSiMonths(YearMonth.of(2022, 4), YearMonth.of(2022, 7));
        f.sameLevel.add("GX2022-0000777");
        Verdict verdict = engine.review(f.dossier(), Fixture.REVIEWED_AT);
        assertThat(verdict.findings()).extracting(Finding::rule).containsExactly(
                "CREDIT_CODE_INVALID", "EMPLOYER_NOT_LEGAL_PERSON", "PUBLIC_SUBJECT_EXAM_MISSING",
                "PRIOR_YEAR_CE_HOURS_LOW", "PRIVATE_SI_CONTINUITY", "DUPLICATE_SAME_LEVEL",
                "IDENTITY_CHANGE_PROOF_MISSING");
        assertThat(verdict.outcome()).isEqualTo(Outcome.RETURN);
        assertThat(verdict.findings()).allSatisfy(x -> assertThat(x.message()).isNotBlank());
    }

    @Test
    void skipsSiCeAndAgeRulesWhenTheIdNumberIsInvalid() {
        // check character wrong; the birth date (1949) would make the age rule fire
        Fixture f = Fixture.valid().with(x -> { x.idNumber = "110105194912310021"; x.siFound = false; return x; });
        f.ce = CeRecord.notFound(f.idNumber);
        assertThat(codes(engine.review(f.dossier(), Fixture.REVIEWED_AT))).containsExactly("ID_NUMBER_INVALID");
    }

    @Test
    void skipsEmployerRulesWhenTheEmployerIsMissing() {
        Fixture f = Fixture.valid().with(x -> {
            x.category = Category.PRIVATE_ENTERPRISE;
            x.siRows = Fixture.rows("2015-01", "2022-07", Fixture.OTHER_CREDIT_CODE, Fixture.OTHER_NAME,
                    EmployerType.PUBLIC_INSTITUTION);
            x.workHistory = List.of(Fixture.entry(Fixture.OTHER_NAME, Fixture.OTHER_CREDIT_CODE, "2015-01", null));
            x.employer = null;
            return x;
        });
        assertThat(codes(engine.review(f.dossier(), Fixture.REVIEWED_AT))).containsExactly("EMPLOYER_MISSING");
    }

    @Test
    void skipsTheMismatchButNotTheNoTitleGapWhenTheWorkHistoryIsEmpty() {
        Fixture f = Fixture.valid().with(x -> { x.workHistory = List.of(); x.currentTitle = null; return x; })
                .attach(AttachmentType.PROFESSIONAL_WORK_PROOF);
        assertThat(codes(engine.review(f.dossier(), Fixture.REVIEWED_AT)))
                .containsExactly("WORK_HISTORY_MISSING", "NO_TITLE_HISTORY_GAP");
    }

    @Test
    void reportsOnlySiRecordNotFoundWhenTheSiFeedKnowsNobody() {
        Fixture f = Fixture.valid().with(x -> { x.category = Category.PRIVATE_ENTERPRISE; return x; });
        Dossier complete = f.dossier();
        // whatever else a found:false answer carries is not looked at
        SiRecord notFound = new SiRecord(f.idNumber, false,
                new SiRecord.Pension(SiRecord.PensionStatus.RETIRED, null),
                Fixture.rows("2015-01", "2022-07", null, "崇左市某局", EmployerType.GOVERNMENT_AGENCY));
        Dossier dossier = new Dossier(complete.declaration(), notFound, complete.ce(), List.of(), List.of());
        Verdict verdict = engine.review(dossier, Fixture.REVIEWED_AT);
        assertThat(codes(verdict)).containsExactly("SI_RECORD_NOT_FOUND");
        assertThat(verdict.outcome()).isEqualTo(Outcome.VERIFY);
    }

    @Test
    void rejectsOnRecheckWhenTheRetirementAgeIsReachedAfterDeclaring() {
        Fixture f = Fixture.valid().with(x -> { x.idNumber = Fixture.id(LocalDate.of(1962, 9, 1), true); return x; });
        assertThat(engine.review(f.dossier(), Fixture.REVIEWED_AT).outcome()).isEqualTo(Outcome.PASS);
        assertThat(engine.recheck(f.dossier(), LocalDate.of(2022, 8, 31), Fixture.REVIEWED_AT).outcome())
                .isEqualTo(Outcome.PASS);
        Verdict verdict = engine.recheck(f.dossier(), LocalDate.of(2022, 9, 1), Fixture.REVIEWED_AT);
        assertThat(verdict.outcome()).isEqualTo(Outcome.REJECT);
        assertThat(verdict.findings()).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("EXCLUSION_AFTER_DECLARATION");
            assertThat(x.evidence()).containsExactly(Map.entry("rule", "RETIREMENT_AGE_REACHED"),
                    Map.entry("foundOn", "2022-09-01"));
        });
    }

    @Test
    void rejectsOnRecheckWhenAnArchiveEntryIsRecordedAfterDeclaring() {
        Fixture f = Fixture.valid();
        f.archive.add(new ArchiveEntry("A-9", f.idNumber, "张三", "GX2021-9", "提供虚假材料",
                LocalDate.of(2022, 8, 10), LocalDate.of(2025, 8, 10)));
        assertThat(engine.review(f.dossier(), Fixture.REVIEWED_AT).outcome()).isEqualTo(Outcome.PASS);
        Verdict verdict = engine.recheck(f.dossier(), LocalDate.of(2022, 8, 10), Fixture.REVIEWED_AT);
        assertThat(verdict.outcome()).isEqualTo(Outcome.REJECT);
        assertThat(verdict.findings()).singleElement().satisfies(x -> assertThat(x.evidence())
                .containsEntry("rule", "INTEGRITY_RECORD_ACTIVE").containsEntry("foundOn", "2022-08-10"));
    }

    @Test
    void rejectsOnRecheckWhenTheCivilServiceTransitionEnds() {
        Fixture f = Fixture.valid().with(x -> { x.category = Category.CIVIL_SERVICE_MANAGED_INSTITUTION; return x; })
                .transitionUntil(LocalDate.of(2022, 8, 31));
        assertThat(codes(engine.review(f.dossier(), Fixture.REVIEWED_AT))).containsExactly("CIVIL_SERVICE_TRANSITION");
        Verdict verdict = engine.recheck(f.dossier(), LocalDate.of(2022, 9, 1), Fixture.REVIEWED_AT);
        assertThat(codes(verdict)).containsExactly("CIVIL_SERVICE_TRANSITION", "EXCLUSION_AFTER_DECLARATION");
        assertThat(verdict.outcome()).isEqualTo(Outcome.REJECT);
    }

    @Test
    void addsNoExclusionForWhatAlreadyFiredOnTheDeclarationDate() {
        Fixture f = Fixture.valid().disciplinaryUntil(LocalDate.of(2023, 1, 1));
        Verdict verdict = engine.recheck(f.dossier(), LocalDate.of(2022, 9, 1), Fixture.REVIEWED_AT);
        assertThat(codes(verdict)).containsExactly("DISCIPLINARY_PERIOD");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"2022-07-16, true", "2022-11-30, true", "2022-12-01, false", "2023-03-01, false"})
    void rechecksUpToTheConfirmationDeadline(LocalDate today, boolean applies) {
        assertThat(engine.recheckApplies(Fixture.valid().declaration(), today)).isEqualTo(applies);
    }

    @Test
    void writesDeterministicJsonReadyEvidence() {
        Fixture f = Fixture.valid().with(x -> { x.category = Category.PRIVATE_ENTERPRISE; x.formerNames = List.of("张叁"); return x; })
                .ceYear(2021, 10, 10, true).dropSiMonths(YearMonth.of(2022, 1), YearMonth.of(2022, 2));
        f.archive.add(new ArchiveEntry(null, f.idNumber, "张三", null, "虚假材料", LocalDate.of(2021, 1, 1), LocalDate.of(2024, 1, 1)));
        Verdict first = engine.review(f.dossier(), Fixture.REVIEWED_AT);
        Verdict second = engine.review(f.dossier(), Fixture.REVIEWED_AT);
        assertThat(first).isEqualTo(second);
        assertThat(first.findings()).allSatisfy(x -> assertJsonReady(x.evidence()));
        assertThat(first.findings()).filteredOn(x -> x.rule().equals("PRIVATE_SI_CONTINUITY")).singleElement()
                .satisfies(x -> assertThat(x.evidence().keySet()).containsExactly("window", "monthsLacking",
                        "otherSiUnits", "otherDeclaredEmployers", "unitChangeExplanation"));
    }

    private static void assertJsonReady(Object value) {
        assertThat(value).isNotNull();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> { assertThat(k).isInstanceOf(String.class); assertJsonReady(v); });
        } else if (value instanceof List<?> list) {
            list.forEach(RuleEngineTest::assertJsonReady);
        } else {
            assertThat(value).isInstanceOfAny(String.class, Number.class, Boolean.class);
        }
    }

    private static List<String> codes(Verdict verdict) {
        return verdict.findings().stream().map(Finding::rule).toList();
    }
}
