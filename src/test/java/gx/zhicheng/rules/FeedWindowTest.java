package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedWindowTest {

    @ParameterizedTest(name = "declared {0} -> SI {1}..{2}, CE {3},{4}")
    @CsvSource({
            "2022-07-15, 2017-07, 2022-07, 2021, 2022",
            "2022-01-01, 2017-01, 2022-01, 2021, 2022"})
    void asksTheFeedsForTheCheckWindowUpToMAndTwoCeYears(LocalDate declaredOn, YearMonth from, YearMonth to,
                                                         int priorYear, int year) {
        Declaration d = Fixture.valid().with(x -> { x.declaredOn = declaredOn; return x; }).declaration();
        ReviewSettings s = ReviewSettings.defaults();
        assertThat(FeedWindow.of(d, s)).isEqualTo(new FeedWindow(from, to, List.of(priorYear, year)));
    }
}
