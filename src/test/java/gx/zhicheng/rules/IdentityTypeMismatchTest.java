package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.rules.Declaration.Category;
import gx.zhicheng.rules.SiRecord.EmployerType;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityTypeMismatchTest {

    private final IdentityTypeMismatch rule = new IdentityTypeMismatch();

    @ParameterizedTest(name = "{0} with SI type {1} -> fires {2}")
    @CsvSource({
            "PUBLIC_INSTITUTION,  PUBLIC_INSTITUTION,  false",
            "PUBLIC_INSTITUTION,  ENTERPRISE,          true",
            "STATE_ENTERPRISE,    ENTERPRISE,          false",
            "STATE_ENTERPRISE,    PUBLIC_INSTITUTION,  true",
            "PRIVATE_ENTERPRISE,  ENTERPRISE,          false",
            "PRIVATE_ENTERPRISE,  SOCIAL_ORGANIZATION, true",
            "SOCIAL_ORGANIZATION, SOCIAL_ORGANIZATION, false",
            "SOCIAL_ORGANIZATION, ENTERPRISE,          true",
            "INDIVIDUAL_BUSINESS, INDIVIDUAL_BUSINESS, false",
            "INDIVIDUAL_BUSINESS, ENTERPRISE,          true",
            "GOVERNMENT_AGENCY,   ENTERPRISE,          false",
            "CIVIL_SERVICE_MANAGED_INSTITUTION, ENTERPRISE, false"})
    void verifiesWhenTheSiEmployerTypeContradictsTheCategory(Category category, EmployerType siType, boolean fires) {
        Fixture f = Fixture.valid().with(x -> {
            x.category = category;
            x.siRows = Fixture.rows("2015-01", "2022-07", Fixture.CREDIT_CODE, Fixture.EMPLOYER_NAME, siType);
            return x;
        });
        var finding = rule.evaluate(f.context());
        assertThat(finding.isPresent()).isEqualTo(fires);
        finding.ifPresent(x -> {
            assertThat(x.outcome()).isEqualTo(Outcome.VERIFY);
            assertThat(x.evidence()).containsEntry("month", "2022-06").containsEntry("siEmployerType", siType.name());
        });
    }

    @Test
    void looksAtTheDeclaringUnitsLatestRowBeforeTheDeclarationMonth() {
        Fixture f = Fixture.valid().replaceSiMonths(Fixture.M, Fixture.M, List.of(
                Fixture.row(Fixture.M, Fixture.CREDIT_CODE, Fixture.EMPLOYER_NAME, EmployerType.ENTERPRISE, true)));
        assertThat(rule.evaluate(f.context())).isEmpty();
    }

    @Test
    void ignoresRowsOfOtherUnits() {
        YearMonth m1 = Fixture.M.minusMonths(1);
        Fixture f = Fixture.valid().replaceSiMonths(m1, m1, List.of(
                Fixture.row(m1, Fixture.OTHER_CREDIT_CODE, Fixture.OTHER_NAME, EmployerType.ENTERPRISE, true)));
        assertThat(rule.evaluate(f.context())).isEmpty();
    }
}
