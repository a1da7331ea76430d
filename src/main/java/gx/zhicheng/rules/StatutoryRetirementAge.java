package gx.zhicheng.rules;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The statutory retirement age (法定退休年龄) under the 2024 NPC Standing Committee decision on gradually
 * raising it (in force 2025-01-01), as rules.md states it. Births before a schedule's start keep the
 * base age; later births add one month per step of birth months, up to a cap.
 */
final class StatutoryRetirementAge {

    private record Schedule(int baseYears, YearMonth start, int stepMonths, int capMonths) {
        Period age(YearMonth birthMonth) {
            long b = start.until(birthMonth, ChronoUnit.MONTHS);
            int extra = b < 0 ? 0 : (int) Math.min(capMonths, b / stepMonths + 1);
            return Period.of(baseYears, extra, 0).normalized();
        }
    }

    private static final Schedule MEN = new Schedule(60, YearMonth.of(1965, 1), 4, 36);
    private static final Schedule WOMEN_55 = new Schedule(55, YearMonth.of(1970, 1), 4, 36);
    private static final Schedule WOMEN_50 = new Schedule(50, YearMonth.of(1975, 1), 2, 60);

    private StatutoryRetirementAge() {
    }

    /** The age in years and months; {@code at60} is the 组通字〔2015〕14号 case of senior women at public institutions. */
    static Period age(LocalDate birthDate, boolean male, int womenBaseAge, boolean at60) {
        if (!male && at60) {
            return Period.ofYears(60);
        }
        Schedule schedule = male ? MEN : womenBaseAge == 50 ? WOMEN_50 : WOMEN_55;
        return schedule.age(YearMonth.from(birthDate));
    }

    /**
     * The day the age is reached. LocalDate.plusMonths clamps to the month's last day, which is what
     * rules.md asks when the birth day does not exist in the month reached.
     */
    static LocalDate reachedOn(LocalDate birthDate, boolean male, int womenBaseAge, boolean at60) {
        Period age = age(birthDate, male, womenBaseAge, at60);
        return birthDate.plusMonths(age.toTotalMonths());
    }

    /** Years and months for a message, e.g. "60周岁2个月". */
    static String text(Period age) {
        return age.getMonths() == 0 ? age.getYears() + "周岁" : age.getYears() + "周岁" + age.getMonths() + "个月";
    }
}
