package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.rules.Declaration.AttachmentType;
import gx.zhicheng.rules.Declaration.Category;
import gx.zhicheng.rules.Declaration.Level;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetirementAgeReachedTest {

    private final RetirementAgeReached rule = new RetirementAgeReached();

    @ParameterizedTest(name = "born {0} male={1}, declared {2} -> fires {3}")
    @CsvSource({
            // the day the age is reached fires, the day before does not
            "1962-07-15, true,  2022-07-15, true",
            "1962-07-16, true,  2022-07-15, false",
            "1967-07-15, false, 2022-07-15, true",
            "1967-07-16, false, 2022-07-15, false",
            // born on the 31st, 60y1m reached on the last day of February (month-end clamp)
            "1965-01-31, true,  2025-02-28, true",
            "1965-01-31, true,  2025-02-27, false",
            // born 1965-05: 60y2m, not 60y
            "1965-05-10, true,  2025-05-10, false",
            "1965-05-10, true,  2025-07-10, true"})
    void rejectsFromTheDayTheStatutoryAgeIsReached(LocalDate birth, boolean male, LocalDate declaredOn, boolean fires) {
        Fixture f = Fixture.valid().with(x -> {
            x.idNumber = Fixture.id(birth, male);
            x.declaredOn = declaredOn;
            return x;
        });
        var finding = rule.evaluate(f.context());
        assertThat(finding.isPresent()).isEqualTo(fires);
        finding.ifPresent(x -> {
            assertThat(x.outcome()).isEqualTo(Outcome.REJECT);
            assertThat(x.evidence()).containsEntry("birthDate", birth.toString());
        });
    }

    /** A woman born 1966-07-15 is 56 on 2022-07-15: past 55, short of 60. */
    @ParameterizedTest(name = "{0} holding {1}, women base {2} -> fires {3}")
    @CsvSource(nullValues = "NULL", value = {
            "PUBLIC_INSTITUTION, DEPUTY_SENIOR, 55, false",
            "PUBLIC_INSTITUTION, SENIOR,        55, false",
            "PUBLIC_INSTITUTION, INTERMEDIATE,  55, true",
            "PUBLIC_INSTITUTION, NULL,          55, true",
            "STATE_ENTERPRISE,   DEPUTY_SENIOR, 55, true"})
    void letsSeniorWomenAtPublicInstitutionsWorkTo60(Category category, Level held, int base, boolean fires) {
        Fixture f = Fixture.valid().with(x -> {
            x.idNumber = Fixture.id(LocalDate.of(1966, 7, 15), false);
            x.category = category;
            x.currentTitle = held == null ? null : new Declaration.CurrentTitle(held, "ENGINEERING", null, true, null);
            return x;
        });
        assertThat(rule.evaluate(f.context()).isPresent()).isEqualTo(fires);
    }

    @ParameterizedTest(name = "women base {0} -> fires {1}")
    @CsvSource({"50, true", "55, false"})
    void usesTheConfiguredWomensBaseAge(int base, boolean fires) {
        Fixture f = Fixture.valid().with(x -> {
            x.idNumber = Fixture.id(LocalDate.of(1971, 7, 15), false);
            x.settings = new ReviewSettings(90, 60, 3, 6, 60, 3, base, true, java.time.MonthDay.of(11, 30), "2022.1");
            return x;
        });
        assertThat(rule.evaluate(f.context()).isPresent()).isEqualTo(fires);
    }

    @ParameterizedTest(name = "claim {0}, approval attached {1} -> age fires {2}, proof missing fires {3}")
    @CsvSource({
            "true,  true,  false, false",
            "true,  false, true,  true",
            "false, true,  true,  false",
            "false, false, true,  false"})
    void acceptsAnExtensionOnlyWhenClaimedAndDocumented(boolean claimed, boolean attached,
                                                        boolean ageFires, boolean proofMissingFires) {
        Fixture f = Fixture.valid().with(x -> { x.idNumber = Fixture.id(LocalDate.of(1960, 3, 1), true); return x; })
                .retirementExtensionApproved(claimed);
        if (attached) {
            f.attach(AttachmentType.RETIREMENT_EXTENSION_APPROVAL);
        }
        assertThat(rule.evaluate(f.context()).isPresent()).isEqualTo(ageFires);
        assertThat(new RetirementExtensionProofMissing().evaluate(f.context()).map(Finding::outcome))
                .isEqualTo(proofMissingFires ? java.util.Optional.of(Outcome.RETURN) : java.util.Optional.empty());
    }
}
