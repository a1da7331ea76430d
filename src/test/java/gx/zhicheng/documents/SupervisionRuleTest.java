package gx.zhicheng.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When an office stands out from the city (docs/operators.md, Supervision.RULE), at its boundaries. The city: 100
 * reviewed, RETURN 20%, REJECT 10%; confirm rate 50% (5 of 10), approve rate 80% (8 of 10); median 6.0 hours; mean
 * waiting 5.0 days.
 */
class SupervisionRuleTest {

    private static final Supervision.Row CITY = row(100, 20, 10, 5, 5, 8, 2, 6.0, 20.0, 5.0);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "alike;                          20, 4, 2, 1, 1, 2, 1, 6.0,  3.0;  ''",
            "RETURN rate 40%: 20 points;     20, 8, 2, 1, 1, 2, 1, 6.0,  3.0;  ''",
            "RETURN rate 45%: 25 points;     20, 9, 2, 1, 1, 2, 1, 6.0,  3.0;  退回补正率",
            "REJECT rate 35%: 25 points;     20, 4, 7, 1, 1, 2, 1, 6.0,  3.0;  不予通过率",
            "RETURN 60% but 9 reviewed;       9, 6, 0, 1, 1, 2, 1, 6.0,  3.0;  ''",
            "confirm rate 80% of 5;          20, 4, 2, 4, 1, 0, 0, 6.0,  3.0;  确认率",
            "confirm rate 100% of 4;         20, 4, 2, 4, 0, 0, 0, 6.0,  3.0;  ''",
            "approve rate 40% of 5;          20, 4, 2, 0, 0, 2, 3, 6.0,  3.0;  同意率",
            "approve rate 60% of 5 (20 pts); 20, 4, 2, 0, 0, 3, 2, 6.0,  3.0;  ''",
            "median 12.0 hours: 2x;          20, 4, 2, 1, 1, 2, 1, 12.0, 3.0;  ''",
            "median 12.1 hours;              20, 4, 2, 1, 1, 2, 1, 12.1, 3.0;  核实决定用时中位数",
            "median 30 hours of 4 decisions; 20, 4, 2, 1, 1, 1, 1, 30.0, 3.0;  ''",
            "oldest waiting 15 days;         20, 4, 2, 1, 1, 2, 1, 6.0,  15.0; 待核实最久",
            "oldest waiting 14 days;         20, 4, 2, 1, 1, 2, 1, 6.0,  14.0; ''"})
    void anOfficeStandsOutWhenAFigureIsFarFromTheCitys(String what, String figures, String reason) {
        String[] f = figures.split(",\\s*");
        Supervision.Row office = row(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]), Double.parseDouble(f[7]),
                Double.parseDouble(f[8]), 3.0);

        List<String> reasons = Supervision.standsOut(office, CITY);

        if (reason.isEmpty()) {
            assertThat(reasons).isEmpty();
        } else {
            assertThat(reasons).singleElement().asString().startsWith(reason);
        }
    }

    /** {@code reviewed} declarations of which {@code returned} RETURN and {@code reject} REJECT, the rest PASS. */
    private static Supervision.Row row(long reviewed, long returned, long reject, long confirmed, long dismissed,
                                       long approved, long refused, double medianHours, double oldest, double mean) {
        return new Supervision.Row("X", "X", reviewed, 0, reviewed - returned - reject, returned, 0, reject, 1, oldest,
                mean, confirmed, dismissed, approved, refused, medianHours, List.of());
    }
}
