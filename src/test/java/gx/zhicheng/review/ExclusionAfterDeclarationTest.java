package gx.zhicheng.review;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.review.Declaration.Category;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Declared 2022-07-15, re-checked 2022-09-01. Only what can start after declaring turns into an exclusion:
 * a disciplinary period or a sanction that holds on the re-check date already held on declaredOn (the same
 * dossier), so those two never add the finding; they are in the table to show it.
 */
class ExclusionAfterDeclarationTest {

    private static final LocalDate RECHECK = LocalDate.of(2022, 9, 1);

    private final RuleEngine engine =
            new RuleEngine(ReviewSettings.defaults(), OfficeDirectory.load(Path.of("config/offices.csv")));

    static Stream<Arguments> exclusions() {
        return Stream.of(
                Arguments.of("transition ends 2022-08-31", (UnaryOperator<Fixture>) f -> f
                        .with(x -> { x.category = Category.CIVIL_SERVICE_MANAGED_INSTITUTION; return x; })
                        .claims(null, null, LocalDate.of(2022, 8, 31), null, null, null, null), "CIVIL_SERVANT"),
                Arguments.of("retired on 2022-08-20", (UnaryOperator<Fixture>) f -> f.with(x -> {
                    x.pension = new SiRecord.Pension(SiRecord.PensionStatus.RETIRED, LocalDate.of(2022, 8, 20));
                    return x;
                }), "RETIRED"),
                Arguments.of("60 on 2022-09-01", (UnaryOperator<Fixture>) f -> f.with(x -> {
                    x.idNumber = Fixture.id(LocalDate.of(1962, 9, 1), true);
                    return x;
                }), "RETIREMENT_AGE_REACHED"),
                Arguments.of("archived on 2022-08-10", (UnaryOperator<Fixture>) f -> {
                    f.archive.add(new ArchiveEntry("A-1", f.idNumber, "张三", null, "提供虚假材料",
                            LocalDate.of(2022, 8, 10), LocalDate.of(2025, 8, 10)));
                    return f;
                }, "INTEGRITY_RECORD_ACTIVE"),
                Arguments.of("60 on 2022-09-02", (UnaryOperator<Fixture>) f -> f.with(x -> {
                    x.idNumber = Fixture.id(LocalDate.of(1962, 9, 2), true);
                    return x;
                }), null),
                Arguments.of("disciplinary period until 2022-08-31", (UnaryOperator<Fixture>) f ->
                        f.claims(null, null, null, LocalDate.of(2022, 8, 31), null, null, null), null),
                Arguments.of("sanction until 2022-08-31", (UnaryOperator<Fixture>) f ->
                        f.claims(null, null, null, null, LocalDate.of(2022, 8, 31), null, null), null));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("exclusions")
    void rejectsOnRecheckWhatAroseAfterDeclaring(String situation, UnaryOperator<Fixture> change, String rule) {
        Fixture f = change.apply(Fixture.valid());
        Verdict declared = engine.review(f.dossier(), Fixture.REVIEWED_AT);
        Verdict rechecked = engine.recheck(f.dossier(), RECHECK, Fixture.REVIEWED_AT);
        List<Finding> exclusions = rechecked.findings().stream()
                .filter(x -> x.rule().equals("EXCLUSION_AFTER_DECLARATION")).toList();
        if (rule == null) {
            assertThat(exclusions).isEmpty();
            assertThat(rechecked.outcome()).isEqualTo(declared.outcome());
        } else {
            assertThat(declared.outcome()).isEqualTo(Outcome.PASS);
            assertThat(rechecked.outcome()).isEqualTo(Outcome.REJECT);
            assertThat(exclusions).singleElement().satisfies(x -> {
                assertThat(x.outcome()).isEqualTo(Outcome.REJECT);
                assertThat(x.evidence()).containsExactly(Map.entry("rule", rule), Map.entry("foundOn", "2022-09-01"));
            });
        }
    }
}
