package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.rules.SiRecord.EmployerType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Declared 2022-07-15 with one entry since 2015-01: the check window is 2017-07 (M-60) … 2022-06 (M-1). */
class WorkHistoryMismatchTest {

    private final WorkHistoryMismatch rule = new WorkHistoryMismatch();

    @ParameterizedTest(name = "other unit paid {0}~{1} -> fires {2}")
    @CsvSource({
            "2021-01, 2021-02, false",
            "2021-01, 2021-03, true",
            "2017-04, 2017-06, false",
            "2017-07, 2017-09, true",
            "2022-05, 2022-07, false"})
    void verifiesFromThreeConflictMonthsInTheWindow(String from, String to, boolean fires) {
        Fixture f = Fixture.valid().replaceSiMonths(YearMonth.parse(from), YearMonth.parse(to),
                Fixture.rows(from, to, Fixture.OTHER_CREDIT_CODE, Fixture.OTHER_NAME, EmployerType.ENTERPRISE));
        var finding = rule.evaluate(f.context());
        assertThat(finding.isPresent()).isEqualTo(fires);
        finding.ifPresent(x -> {
            assertThat(x.outcome()).isEqualTo(Outcome.VERIFY);
            assertThat(x.evidence()).containsEntry("window", "2017-07~2022-06")
                    .containsEntry("conflictMonths", List.of(from + "~" + to))
                    .containsEntry("conflictSiEmployers", List.of(Fixture.OTHER_NAME));
        });
    }

    @ParameterizedTest(name = "no SI row {0}~{1} -> fires {2}")
    @CsvSource({
            "2021-01, 2021-05, false",
            "2021-01, 2021-06, true",
            "2017-01, 2017-07, false"})
    void verifiesFromSixGapMonthsInTheWindow(String from, String to, boolean fires) {
        Fixture f = Fixture.valid().dropSiMonths(YearMonth.parse(from), YearMonth.parse(to));
        var finding = rule.evaluate(f.context());
        assertThat(finding.isPresent()).isEqualTo(fires);
        finding.ifPresent(x -> assertThat(x.evidence()).containsEntry("gapMonthCount", 6)
                .containsEntry("gapMonths", List.of(from + "~" + to)));
    }

    /** Six months without SI at a new unit, the first of them the entry's first month: five gap months only. */
    @ParameterizedTest(name = "new unit from {0}, no SI 2021-01~2021-06 -> fires {1}")
    @CsvSource({"2021-01, false", "2020-12, true"})
    void neverCountsTheFirstMonthOfAnEntryAsAGap(String newUnitFrom, boolean fires) {
        Fixture f = Fixture.valid();
        YearMonth start = YearMonth.parse(newUnitFrom);
        f.workHistory = List.of(Fixture.entry(Fixture.EMPLOYER_NAME, Fixture.CREDIT_CODE, "2015-01", start.minusMonths(1).toString()),
                Fixture.entry(Fixture.OTHER_NAME, null, newUnitFrom, null));
        List<SiRecord.SiMonth> rows = new ArrayList<>(Fixture.rows("2015-01", start.minusMonths(1).toString(),
                Fixture.CREDIT_CODE, Fixture.EMPLOYER_NAME, EmployerType.PUBLIC_INSTITUTION));
        rows.addAll(Fixture.rows("2021-07", "2022-07", null, Fixture.OTHER_NAME, EmployerType.ENTERPRISE));
        f.siRows = rows;
        assertThat(rule.evaluate(f.context()).isPresent()).isEqualTo(fires);
    }

    @Test
    void neverCountsFreelanceMonthsAsGaps() {
        Fixture f = Fixture.valid().dropSiMonths(YearMonth.of(2020, 1), YearMonth.of(2020, 12));
        f.workHistory = List.of(Fixture.entry(Fixture.EMPLOYER_NAME, Fixture.CREDIT_CODE, "2015-01", "2019-12"),
                new Declaration.WorkEntry("自由职业", null, YearMonth.of(2020, 1), YearMonth.of(2020, 12), "设计", true, true),
                Fixture.entry(Fixture.EMPLOYER_NAME, Fixture.CREDIT_CODE, "2021-01", null));
        assertThat(rule.evaluate(f.context())).isEmpty();
    }

    @Test
    void countsUnitRowsInFreelanceMonthsAsConflicts() {
        Fixture f = Fixture.valid();
        f.workHistory = List.of(Fixture.entry(Fixture.EMPLOYER_NAME, Fixture.CREDIT_CODE, "2015-01", "2019-12"),
                new Declaration.WorkEntry("自由职业", null, YearMonth.of(2020, 1), YearMonth.of(2020, 12), "设计", true, true),
                Fixture.entry(Fixture.EMPLOYER_NAME, Fixture.CREDIT_CODE, "2021-01", null));
        assertThat(rule.evaluate(f.context())).hasValueSatisfying(x ->
                assertThat(x.evidence()).containsEntry("conflictMonths", List.of("2020-01~2020-12")));
    }

    @Test
    void acceptsASecondUnitBesideTheDeclaredOne() {
        Fixture f = Fixture.valid();
        List<SiRecord.SiMonth> rows = new ArrayList<>(f.siRows());
        rows.addAll(Fixture.rows("2021-01", "2021-06", Fixture.OTHER_CREDIT_CODE, Fixture.OTHER_NAME, EmployerType.ENTERPRISE));
        f.siRows = rows;
        assertThat(rule.evaluate(f.context())).isEmpty();
    }

    @Test
    void countsMonthsNoEntryCoversAsConflictsWhenAUnitPaid() {
        Fixture f = Fixture.valid();
        f.workHistory = List.of(Fixture.entry(Fixture.EMPLOYER_NAME, Fixture.CREDIT_CODE, "2015-01", "2021-12"));
        assertThat(rule.evaluate(f.context())).hasValueSatisfying(x ->
                assertThat(x.evidence()).containsEntry("conflictMonths", List.of("2022-01~2022-06"))
                        .containsEntry("conflictMonthCount", 6));
    }
}
