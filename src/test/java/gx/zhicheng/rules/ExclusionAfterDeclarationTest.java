package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.rules.Declaration.Category;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Declared 2022-07-15, re-checked 2022-09-01. Only what can start after declaring turns into an exclusion:
 * a disciplinary period or a sanction that holds on the re-check date already held on declaredOn (the same
 * dossier), so those two never add the finding; they are in the table to show it. The exclusion takes the
 * outcome of the underlying finding: VERIFY when that is only a suspicion (CIVIL_SERVANT from SI data alone),
 * which the office then decides like CIVIL_SERVANT.
 */
class ExclusionAfterDeclarationTest {

    private static final LocalDate RECHECK = LocalDate.of(2022, 9, 1);
    private static final OffsetDateTime DECIDED_AT = OffsetDateTime.of(2022, 9, 2, 10, 0, 0, 0, ZoneOffset.ofHours(8));

    private final RuleEngine engine =
            new RuleEngine(ReviewSettings.defaults(), OfficeDirectory.load(Path.of("config/offices.csv")));

    static Stream<Arguments> exclusions() {
        return Stream.of(
                Arguments.of("transition ends 2022-08-31", (UnaryOperator<Fixture>) f -> f
                        .with(x -> { x.category = Category.CIVIL_SERVICE_MANAGED_INSTITUTION; return x; })
                        .transitionUntil(LocalDate.of(2022, 8, 31)), "CIVIL_SERVANT"),
                Arguments.of("retired on 2022-08-20", (UnaryOperator<Fixture>) f -> f.with(x -> {
                    x.pension = new SiRecord.Pension(SiRecord.PensionStatus.RETIRED, LocalDate.of(2022, 8, 20));
                    return x;
                }), "RETIRED"),
                Arguments.of("60 on 2022-09-01", (UnaryOperator<Fixture>) f -> f.with(x -> {
                    x.idNumber = Fixture.id(LocalDate.of(1962, 9, 1), true);
                    return x;
                }), "RETIREMENT_AGE_REACHED"),
                Arguments.of("archived on 2022-08-10", (UnaryOperator<Fixture>) f -> {
                    f.archive.add(new ArchiveEntry("A-1", f.idNumber, "张三", null, "提供虚假材料",
                            LocalDate.of(2022, 8, 10), LocalDate.of(2025, 8, 10)));
                    return f;
                }, "INTEGRITY_RECORD_ACTIVE"),
                Arguments.of("SI shows an agency, transition ends 2022-08-31", (UnaryOperator<Fixture>) f ->
                        agencyInTransition(f), "CIVIL_SERVANT:VERIFY"),
                Arguments.of("SI shows an agency, transition ends 2022-09-01", (UnaryOperator<Fixture>) f ->
                        agencyIn(f).transitionUntil(LocalDate.of(2022, 9, 1)), null),
                Arguments.of("SI shows an agency, no transition (VERIFY on declaredOn already)",
                        (UnaryOperator<Fixture>) f -> agencyIn(f), null),
                Arguments.of("60 on 2022-09-02", (UnaryOperator<Fixture>) f -> f.with(x -> {
                    x.idNumber = Fixture.id(LocalDate.of(1962, 9, 2), true);
                    return x;
                }), null),
                Arguments.of("disciplinary period until 2022-08-31", (UnaryOperator<Fixture>) f ->
                        f.disciplinaryUntil(LocalDate.of(2022, 8, 31)), null),
                Arguments.of("sanction until 2022-08-31", (UnaryOperator<Fixture>) f ->
                        f.sanctionUntil(LocalDate.of(2022, 8, 31)), null));
    }

    /**
     * SI data alone points at a government agency (it pays in M-1 besides the declaring unit) while the unit's
     * civil-service transition period runs to 2022-08-31: on declaredOn only the transition's INFO, on the re-check
     * CIVIL_SERVANT as a suspicion (VERIFY).
     */
    private static Fixture agencyInTransition(Fixture f) {
        return agencyIn(f).transitionUntil(LocalDate.of(2022, 8, 31));
    }

    /** Besides the declaring unit, a government agency pays in M-1 (2022-06). */
    private static Fixture agencyIn(Fixture f) {
        YearMonth m = YearMonth.of(2022, 6);
        return f.replaceSiMonths(m, m, List.of(
                Fixture.row(m, Fixture.CREDIT_CODE, Fixture.EMPLOYER_NAME, SiRecord.EmployerType.PUBLIC_INSTITUTION, true),
                Fixture.row(m, "11451400000000000X", "崇左市某局", SiRecord.EmployerType.GOVERNMENT_AGENCY, true)));
    }

    /** rule, or rule:outcome where the exclusion is not REJECT; null where nothing arose after declaring. */
    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("exclusions")
    void findsOnRecheckWhatAroseAfterDeclaringWithTheOutcomeOfItsFinding(String situation, UnaryOperator<Fixture> change,
                                                                         String expected) {
        Fixture f = change.apply(Fixture.valid());
        Verdict declared = engine.review(f.dossier(), Fixture.REVIEWED_AT);
        Verdict rechecked = engine.recheck(f.dossier(), RECHECK, Fixture.REVIEWED_AT);
        List<Finding> exclusions = rechecked.findings().stream()
                .filter(x -> x.rule().equals("EXCLUSION_AFTER_DECLARATION")).toList();
        if (expected == null) {
            assertThat(exclusions).isEmpty();
            assertThat(rechecked.outcome()).isEqualTo(declared.outcome());
        } else {
            String rule = expected.split(":")[0];
            Outcome outcome = expected.contains(":") ? Outcome.valueOf(expected.split(":")[1]) : Outcome.REJECT;
            assertThat(declared.outcome()).isEqualTo(Outcome.PASS);
            assertThat(rechecked.outcome()).isEqualTo(outcome);
            assertThat(exclusions).singleElement().satisfies(x -> {
                assertThat(x.outcome()).isEqualTo(outcome);
                assertThat(x.evidence()).containsExactly(Map.entry("rule", rule), Map.entry("foundOn", "2022-09-01"));
            });
        }
    }

    /** The suspicion's exclusion decided like CIVIL_SERVANT: confirm makes it REJECT, dismiss drops it. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "CONFIRM, REJECT, CIVIL_SERVICE_TRANSITION:INFO EXCLUSION_AFTER_DECLARATION:REJECT",
            "DISMISS, PASS,   CIVIL_SERVICE_TRANSITION:INFO"})
    void decidesTheSuspicionsExclusionLikeCivilServant(DecisionType decision, Outcome outcome, String findings) {
        Fixture f = agencyInTransition(Fixture.valid());
        Finding exclusion = exclusion(engine.recheck(f.dossier(), RECHECK, Fixture.REVIEWED_AT));
        assertThat(RuleEngine.decisionsFor(exclusion.rule(), exclusion.outcome())).containsExactly(DecisionType.DISMISS,
                DecisionType.CONFIRM);
        Decision decided = new Decision(exclusion.rule(), decision, "经查为借调", "op-li", DECIDED_AT, 1, exclusion.evidence());

        Verdict verdict = engine.recheck(f.dossier(), List.of(decided), RECHECK, Fixture.REVIEWED_AT);

        assertThat(verdict.outcome()).isEqualTo(outcome);
        assertThat(verdict.findings().stream().map(x -> x.rule() + ":" + x.outcome()).toList())
                .containsExactlyElementsOf(List.of(findings.split(" ")));
        if (decision == DecisionType.CONFIRM) {
            assertThat(verdict.findings().get(1).message()).isEqualTo(
                    "申报后出现不得申报的情形：2022-09-01核查发现，经职改办核实申报人属于公务员（含参照公务员法管理单位人员），评审结果不予确认。");
            assertThat(verdict.findings().get(1).evidence()).containsEntry("rule", "CIVIL_SERVANT")
                    .containsEntry("foundOn", "2022-09-01").containsEntry("decision", "CONFIRM");
        }
    }

    /** The next day's re-check keeps the day the exclusion was first found, so the dismissal still holds. */
    @Test
    void aDecisionHoldsOnLaterRechecksThroughTheDayTheExclusionWasFirstFound() {
        Fixture f = agencyInTransition(Fixture.valid());
        Finding exclusion = exclusion(engine.recheck(f.dossier(), RECHECK, Fixture.REVIEWED_AT));
        Decision dismissed = new Decision(exclusion.rule(), DecisionType.DISMISS, null, "op-li", DECIDED_AT, 1,
                exclusion.evidence());
        LocalDate nextDay = RECHECK.plusDays(1);

        Verdict kept = engine.recheck(f.dossier(), List.of(dismissed), nextDay, Fixture.REVIEWED_AT,
                Map.of("CIVIL_SERVANT", RECHECK));
        Verdict forgotten = engine.recheck(f.dossier(), List.of(dismissed), nextDay, Fixture.REVIEWED_AT, Map.of());

        assertThat(kept.outcome()).isEqualTo(Outcome.PASS);
        assertThat(kept.findings()).extracting(Finding::rule).containsExactly("CIVIL_SERVICE_TRANSITION");
        assertThat(forgotten.outcome()).isEqualTo(Outcome.VERIFY);
        assertThat(exclusion(forgotten).evidence()).containsEntry("foundOn", "2022-09-02");
    }

    private static Finding exclusion(Verdict verdict) {
        return verdict.findings().stream().filter(x -> x.rule().equals("EXCLUSION_AFTER_DECLARATION")).findFirst().orElseThrow();
    }
}
