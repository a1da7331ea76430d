package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Graduated 2015-06-30: the history must cover 2015-07 … 2022-07 (M). */
class NoTitleHistoryGapTest {

    private final NoTitleHistoryGap rule = new NoTitleHistoryGap();

    @ParameterizedTest(name = "entries {0} -> uncovered {1}")
    @CsvSource(delimiter = '|', value = {
            "2015-07~2018-12 2019-01~       | ''",
            "2015-07~2018-12 2019-03~       | ''",
            "2015-07~2018-12 2019-04~       | 2019-01~2019-03",
            "2015-09~2018-12 2019-01~       | ''",
            "2015-10~                       | 2015-07~2015-09",
            "2015-07~2022-04                | 2022-05~2022-07",
            "2015-07~2022-05                | ''",
            "2015-10~2018-12 2019-04~       | 2015-07~2015-09 2019-01~2019-03"})
    void returnsWhenThreeMonthsAfterGraduationAreUncovered(String entries, String uncovered) {
        Fixture f = noTitle(entries);
        var finding = rule.evaluate(f.context());
        if (uncovered.isBlank()) {
            assertThat(finding).isEmpty();
        } else {
            assertThat(finding).hasValueSatisfying(x -> {
                assertThat(x.outcome()).isEqualTo(Outcome.RETURN);
                assertThat(x.evidence()).containsEntry("uncoveredMonths", Arrays.asList(uncovered.trim().split(" ")));
            });
        }
    }

    @Test
    void countsFreelanceEntriesAsCovered() {
        Fixture f = noTitle("2015-07~2018-12 2019-04~");
        List<Declaration.WorkEntry> history = new java.util.ArrayList<>(f.workHistory);
        history.add(new Declaration.WorkEntry("自由职业", null, java.time.YearMonth.of(2019, 1),
                java.time.YearMonth.of(2019, 3), "设计", true, true));
        f.workHistory = history;
        assertThat(rule.evaluate(f.context())).isEmpty();
    }

    @Test
    void firesOnAnEmptyHistoryToo() {
        Fixture f = noTitle("");
        assertThat(rule.evaluate(f.context())).hasValueSatisfying(x ->
                assertThat(x.evidence()).containsEntry("uncoveredMonths", List.of("2015-07~2022-07")));
    }

    @Test
    void appliesOnlyWithoutACurrentTitle() {
        Fixture f = noTitle("2015-10~");
        f.currentTitle = new Declaration.CurrentTitle(Declaration.Level.ASSISTANT, "ENGINEERING", null, true, null);
        assertThat(rule.evaluate(f.context())).isEmpty();
    }

    static Fixture noTitle(String entries) {
        Fixture f = Fixture.valid();
        f.currentTitle = null;
        f.education = new Declaration.Education("本科", LocalDate.of(2015, 6, 30));
        f.workHistory = entries.isBlank() ? List.of() : Arrays.stream(entries.trim().split(" ")).map(e -> {
            String[] range = e.split("~", -1);
            return Fixture.entry(Fixture.EMPLOYER_NAME, Fixture.CREDIT_CODE, range[0], range[1].isEmpty() ? null : range[1]);
        }).toList();
        return f;
    }
}
