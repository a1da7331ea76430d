package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.rules.Declaration.Category;
import gx.zhicheng.rules.SiRecord.EmployerType;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CivilServantTest {

    private final CivilServant rule = new CivilServant();

    /** Declared on 2022-07-15; siTypeAtM1 is the employer type of the only unit row of M-1 (2022-06). */
    @ParameterizedTest(name = "{0}, transition until {1}, SI M-1 {2} -> {3} {4}")
    @CsvSource(nullValues = "NULL", value = {
            "GOVERNMENT_AGENCY,                 NULL,       GOVERNMENT_AGENCY,  CIVIL_SERVANT,            REJECT",
            "GOVERNMENT_AGENCY,                 2022-12-31, GOVERNMENT_AGENCY,  CIVIL_SERVANT,            REJECT",
            "CIVIL_SERVICE_MANAGED_INSTITUTION, NULL,       PUBLIC_INSTITUTION, CIVIL_SERVANT,            REJECT",
            "CIVIL_SERVICE_MANAGED_INSTITUTION, 2022-07-14, PUBLIC_INSTITUTION, CIVIL_SERVANT,            REJECT",
            "CIVIL_SERVICE_MANAGED_INSTITUTION, 2022-07-15, PUBLIC_INSTITUTION, CIVIL_SERVICE_TRANSITION, INFO",
            "PUBLIC_INSTITUTION,                NULL,       GOVERNMENT_AGENCY,  CIVIL_SERVANT,            VERIFY",
            "PUBLIC_INSTITUTION,                2022-07-15, GOVERNMENT_AGENCY,  CIVIL_SERVICE_TRANSITION, INFO",
            "PUBLIC_INSTITUTION,                2022-07-14, GOVERNMENT_AGENCY,  CIVIL_SERVANT,            VERIFY",
            "STATE_ENTERPRISE,                  2022-12-31, GOVERNMENT_AGENCY,  CIVIL_SERVANT,            VERIFY",
            "PUBLIC_INSTITUTION,                2022-12-31, PUBLIC_INSTITUTION, NULL,                     NULL",
            "PUBLIC_INSTITUTION,                NULL,       PUBLIC_INSTITUTION, NULL,                     NULL",
            "STATE_ENTERPRISE,                  NULL,       ENTERPRISE,         NULL,                     NULL"})
    void rejectsByCategoryAndVerifiesOnAgencySiRows(Category category, String transitionUntil, EmployerType siTypeAtM1,
                                                    String code, Outcome outcome) {
        Fixture f = Fixture.valid().with(x -> { x.category = category; return x; })
                .transitionUntil(Fixture.date(transitionUntil));
        f.replaceSiMonths(YearMonth.of(2022, 6), YearMonth.of(2022, 6),
                List.of(Fixture.row(YearMonth.of(2022, 6), Fixture.CREDIT_CODE, Fixture.EMPLOYER_NAME, siTypeAtM1, true)));
        var finding = rule.evaluate(f.context());
        if (code == null) {
            assertThat(finding).isEmpty();
        } else {
            assertThat(finding).hasValueSatisfying(x -> {
                assertThat(x.rule()).isEqualTo(code);
                assertThat(x.outcome()).isEqualTo(outcome);
            });
        }
    }

    /** Only the latest unit row up to M-1 counts: not M itself, not an arrear, not flexible employment. */
    @ParameterizedTest(name = "{0} -> fires {1}")
    @CsvSource({
            "AGENCY_AT_M_ONLY, false",
            "AGENCY_AT_M2_NOTHING_AT_M1, true",
            "AGENCY_ARREAR_AT_M1, false",
            "AGENCY_AT_M3_INSTITUTION_AT_M1, false"})
    void looksAtTheLatestUnitRowBeforeTheDeclarationMonth(String situation, boolean fires) {
        Fixture f = Fixture.valid();
        YearMonth m = Fixture.M;
        switch (situation) {
            case "AGENCY_AT_M_ONLY" -> f.replaceSiMonths(m, m, List.of(agency(m, true)));
            case "AGENCY_AT_M2_NOTHING_AT_M1" -> f.replaceSiMonths(m.minusMonths(2), m,
                    List.of(agency(m.minusMonths(2), true)));
            case "AGENCY_ARREAR_AT_M1" -> f.replaceSiMonths(m.minusMonths(1), m.minusMonths(1),
                    List.of(agency(m.minusMonths(1), false)));
            default -> f.replaceSiMonths(m.minusMonths(3), m.minusMonths(3), List.of(agency(m.minusMonths(3), true)));
        }
        assertThat(rule.evaluate(f.context()).isPresent()).isEqualTo(fires);
    }

    private static SiRecord.SiMonth agency(YearMonth month, boolean paid) {
        return Fixture.row(month, "11451400000000000A", "崇左市某局", EmployerType.GOVERNMENT_AGENCY, paid);
    }
}
