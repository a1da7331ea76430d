package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Points checked against the published schedule of the 2024 decision (渐进式延迟法定退休年龄对照表):
 * <pre>
 * men, base 60 (start 1965-01, +1 month per 4 birth months, cap 63):
 *   born 1964-12-15  60y     retires 2024-12-15   (before the start)
 *   born 1965-01-15  60y1m   retires 2025-02-15   (published: 1965-01 → 60岁1个月, 2025-02)
 *   born 1965-01-31  60y1m   retires 2025-02-28   (month-end clamp)
 *   born 1965-03-31  60y1m   retires 2025-04-30   (month-end clamp)
 *   born 1965-04-10  60y1m   retires 2025-05-10   (last month of the first step)
 *   born 1965-05-01  60y2m   retires 2025-07-01   (published: 1965-05 → 60岁2个月)
 *   born 1971-09-01  61y9m   retires 2033-06-01   (published: 1971-09 → 61岁9个月, 2033-06)
 *   born 1976-08-01  62y11m  retires 2039-07-01
 *   born 1976-09-01  63y     retires 2039-09-01   (published: 1976-09 and later → 63岁)
 *   born 1980-05-20  63y     retires 2043-05-20
 * women, base 55 (start 1970-01, +1 month per 4 birth months, cap 58):
 *   born 1969-12-01  55y     retires 2024-12-01
 *   born 1970-01-31  55y1m   retires 2025-02-28   (published: 1970-01 → 55岁1个月, 2025-02; month-end clamp)
 *   born 1970-04-30  55y1m   retires 2025-05-30
 *   born 1970-05-15  55y2m   retires 2025-07-15
 *   born 1981-08-01  57y11m  retires 2039-07-01
 *   born 1981-09-01  58y     retires 2039-09-01   (published: 1981-09 and later → 58岁)
 * women, base 50 (start 1975-01, +1 month per 2 birth months, cap 55):
 *   born 1974-12-01  50y     retires 2024-12-01
 *   born 1975-01-15  50y1m   retires 2025-02-15   (published: 1975-01 → 50岁1个月, 2025-02)
 *   born 1975-02-28  50y1m   retires 2025-03-28
 *   born 1975-03-31  50y2m   retires 2025-05-31   (published: 1975-03 → 50岁2个月)
 *   born 1984-10-01  54y11m  retires 2039-09-01
 *   born 1984-11-01  55y     retires 2039-11-01   (published: 1984-11 and later → 55岁)
 * women at 60 (组通字〔2015〕14号, deputy-senior or senior title at a public institution):
 *   born 1975-06-10  60y     retires 2035-06-10
 *   born 1968-02-29  60y     retires 2028-02-29
 * </pre>
 */
class StatutoryRetirementAgeTest {

    @ParameterizedTest(name = "{0} male={1} base={2} at60={3} -> {4}y{5}m on {6}")
    @CsvSource({
            "1964-12-15, true,  55, false, 60, 0,  2024-12-15",
            "1965-01-15, true,  55, false, 60, 1,  2025-02-15",
            "1965-01-31, true,  55, false, 60, 1,  2025-02-28",
            "1965-03-31, true,  55, false, 60, 1,  2025-04-30",
            "1965-04-10, true,  55, false, 60, 1,  2025-05-10",
            "1965-05-01, true,  55, false, 60, 2,  2025-07-01",
            "1971-09-01, true,  55, false, 61, 9,  2033-06-01",
            "1976-08-01, true,  55, false, 62, 11, 2039-07-01",
            "1976-09-01, true,  55, false, 63, 0,  2039-09-01",
            "1980-05-20, true,  55, false, 63, 0,  2043-05-20",
            "1969-12-01, false, 55, false, 55, 0,  2024-12-01",
            "1970-01-31, false, 55, false, 55, 1,  2025-02-28",
            "1970-04-30, false, 55, false, 55, 1,  2025-05-30",
            "1970-05-15, false, 55, false, 55, 2,  2025-07-15",
            "1981-08-01, false, 55, false, 57, 11, 2039-07-01",
            "1981-09-01, false, 55, false, 58, 0,  2039-09-01",
            "1974-12-01, false, 50, false, 50, 0,  2024-12-01",
            "1975-01-15, false, 50, false, 50, 1,  2025-02-15",
            "1975-02-28, false, 50, false, 50, 1,  2025-03-28",
            "1975-03-31, false, 50, false, 50, 2,  2025-05-31",
            "1984-10-01, false, 50, false, 54, 11, 2039-09-01",
            "1984-11-01, false, 50, false, 55, 0,  2039-11-01",
            "1975-06-10, false, 55, true,  60, 0,  2035-06-10",
            "1968-02-29, false, 55, true,  60, 0,  2028-02-29",
            // the 60 of 组通字〔2015〕14号 is for women only
            "1965-05-01, true,  55, true,  60, 2,  2025-07-01"})
    void followsThePublishedSchedule(LocalDate birth, boolean male, int womenBase, boolean at60,
                                     int years, int months, LocalDate reachedOn) {
        assertThat(StatutoryRetirementAge.age(birth, male, womenBase, at60)).isEqualTo(Period.of(years, months, 0));
        assertThat(StatutoryRetirementAge.reachedOn(birth, male, womenBase, at60)).isEqualTo(reachedOn);
    }
}
