package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.rules.Declaration.AttachmentType;
import gx.zhicheng.rules.Declaration.Category;
import gx.zhicheng.rules.SiRecord.EmployerType;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrivateSiContinuityTest {

    private final PrivateSiContinuity rule = new PrivateSiContinuity();

    private static Fixture privateEnterprise() {
        return Fixture.valid().with(x -> { x.category = Category.PRIVATE_ENTERPRISE; return x; });
    }

    /** Declared 2022-07-15: the six months are 2022-01 (M-6) … 2022-06 (M-1); the declaration month does not count. */
    @ParameterizedTest(name = "no row at {0} -> fires {1}")
    @CsvSource({
            "2021-12, false",
            "2022-01, true",
            "2022-06, true",
            "2022-07, false"})
    void returnsWhenAMonthOfMMinus6ToMMinus1Lacks(YearMonth missing, boolean fires) {
        Fixture f = privateEnterprise().dropSiMonths(missing, missing);
        var finding = rule.evaluate(f.context());
        assertThat(finding.isPresent()).isEqualTo(fires);
        finding.ifPresent(x -> {
            assertThat(x.outcome()).isEqualTo(Outcome.RETURN);
            assertThat(x.evidence()).containsEntry("monthsLacking", List.of(missing.toString()));
            assertThat(x.message()).contains("以下月份缺少：" + missing).contains("工作单位变动情况说明");
        });
    }

    @ParameterizedTest(name = "{0}, explanation {1} -> {2}")
    @CsvSource({
            "OTHER_UNIT_ROWS,        true,  VERIFY",
            "OTHER_UNIT_ROWS,        false, RETURN",
            "OTHER_DECLARED_EMPLOYER, true, VERIFY",
            "NO_ROWS_AT_ALL,         true,  RETURN",
            "ARREAR_ROWS,            true,  RETURN",
            "ARREAR_ROWS,            false, RETURN"})
    void verifiesAnExplainedChangeOfUnit(String situation, boolean explained, Outcome outcome) {
        Fixture f = privateEnterprise();
        YearMonth from = YearMonth.of(2022, 1);
        YearMonth to = YearMonth.of(2022, 3);
        switch (situation) {
            case "OTHER_UNIT_ROWS" -> f.replaceSiMonths(from, to,
                    Fixture.rows("2022-01", "2022-03", Fixture.OTHER_CREDIT_CODE, Fixture.OTHER_NAME, EmployerType.ENTERPRISE));
            case "OTHER_DECLARED_EMPLOYER" -> {
                f.dropSiMonths(from, to);
                f.workHistory = List.of(Fixture.entry(Fixture.OTHER_NAME, null, "2018-01", "2022-03"),
                        Fixture.entry(Fixture.EMPLOYER_NAME, Fixture.CREDIT_CODE, "2022-04", null));
            }
            case "ARREAR_ROWS" -> f.replaceSiMonths(from, to, MonthRanges.between(from, to).stream()
                    .map(m -> Fixture.row(m, Fixture.CREDIT_CODE, Fixture.EMPLOYER_NAME, EmployerType.ENTERPRISE, false))
                    .toList());
            default -> f.dropSiMonths(from, to);
        }
        if (explained) {
            f.attach(AttachmentType.UNIT_CHANGE_EXPLANATION);
        }
        assertThat(rule.evaluate(f.context())).hasValueSatisfying(x -> {
            assertThat(x.outcome()).isEqualTo(outcome);
            assertThat(x.evidence()).containsEntry("monthsLacking", List.of("2022-01~2022-03"));
        });
    }

    @Test
    void matchesTheEmployerByNameWhenTheSiRowHasNoCreditCode() {
        Fixture f = privateEnterprise();
        f.replaceSiMonths(YearMonth.of(2022, 1), YearMonth.of(2022, 6),
                Fixture.rows("2022-01", "2022-06", null, "崇左市示例科技有限公司(江州)", EmployerType.ENTERPRISE));
        assertThat(rule.evaluate(f.context())).isEmpty();
    }

    @Test
    void appliesToPrivateEnterprisesOnly() {
        Fixture f = Fixture.valid().dropSiMonths(YearMonth.of(2022, 1), YearMonth.of(2022, 6));
        assertThat(rule.evaluate(f.context())).isEmpty();
    }

    @Test
    void listsTheOtherUnitsSeen() {
        Fixture f = privateEnterprise().replaceSiMonths(YearMonth.of(2022, 1), YearMonth.of(2022, 2),
                Fixture.rows("2022-01", "2022-02", Fixture.OTHER_CREDIT_CODE, Fixture.OTHER_NAME, EmployerType.ENTERPRISE));
        assertThat(rule.evaluate(f.context())).hasValueSatisfying(x -> assertThat(x.evidence())
                .containsEntry("window", "2022-01~2022-06")
                .containsEntry("otherSiUnits", List.of(Fixture.OTHER_NAME))
                .containsEntry("unitChangeExplanation", false));
    }
}
