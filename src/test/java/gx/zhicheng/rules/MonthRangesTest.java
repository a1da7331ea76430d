package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthRangesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2022-01 2022-02 2022-03 | 2022-01~2022-03",
            "2022-03 2022-01 2022-02 2022-02 | 2022-01~2022-03",
            "2021-12 2022-01 2022-05 | 2021-12~2022-01,2022-05",
            "2022-05 | 2022-05"})
    void writesMonthsAsSortedRanges(String months, String expected) {
        List<YearMonth> input = Arrays.stream(months.trim().split(" ")).map(YearMonth::parse).toList();
        assertThat(MonthRanges.of(input)).containsExactly(expected.trim().split(","));
    }
}
