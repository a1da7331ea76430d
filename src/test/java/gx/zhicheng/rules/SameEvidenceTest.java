package gx.zhicheng.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SameEvidenceTest {

    /** Evidence as a rule writes it. */
    private static final Map<String, Object> FRESH = Evidence.with("window", "2017-07~2022-06")
            .and("conflictMonthCount", 3).and("conflictMonths", List.of("2021-01~2021-03"))
            .and("hours", new BigDecimal("64")).and("found", false).build();

    /** The recorded evidence with one value replaced, as a JSON store may hand it back. */
    static Stream<Arguments> recordedValues() {
        return Stream.of(
                Arguments.of("conflictMonthCount", 3L, true),
                Arguments.of("conflictMonthCount", 3.0d, true),
                Arguments.of("conflictMonthCount", new BigDecimal("3.00"), true),
                Arguments.of("conflictMonthCount", BigInteger.valueOf(3), true),
                Arguments.of("conflictMonthCount", (short) 3, true),
                Arguments.of("conflictMonthCount", "3", false),
                Arguments.of("conflictMonthCount", 4, false),
                Arguments.of("conflictMonthCount", 3.5d, false),
                Arguments.of("hours", 64, true),
                Arguments.of("hours", 64.0f, true),
                Arguments.of("hours", Double.NaN, false),
                Arguments.of("conflictMonths", new ArrayList<>(List.of("2021-01~2021-03")), true),
                Arguments.of("conflictMonths", List.of(YearMonth.of(2021, 1) + "~" + YearMonth.of(2021, 3)), true),
                Arguments.of("conflictMonths", List.of("2021-01~2021-04"), false),
                Arguments.of("found", true, false),
                Arguments.of("found", "false", false));
    }

    @ParameterizedTest(name = "[{index}] {0} = {1} -> same {2}")
    @MethodSource("recordedValues")
    void comparesEvidenceByValue(String key, Object recordedValue, boolean same) {
        Map<String, Object> recorded = new HashMap<>(FRESH); // key order lost, as after a JSON round trip
        recorded.put(key, recordedValue);
        assertThat(SameEvidence.matches(recorded, FRESH)).isEqualTo(same);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordedMaps")
    void comparesWholeMaps(String situation, Map<String, Object> recorded, boolean same) {
        assertThat(SameEvidence.matches(recorded, FRESH)).isEqualTo(same);
    }

    static Stream<Arguments> recordedMaps() {
        Map<String, Object> withDecision = new LinkedHashMap<>(FRESH);
        withDecision.put("decision", "APPROVE");
        withDecision.put("decidedAt", "2022-08-02");
        withDecision.put("note", "已核实");
        Map<String, Object> missingKey = new LinkedHashMap<>(FRESH);
        missingKey.remove("found");
        Map<String, Object> extraKey = new LinkedHashMap<>(FRESH);
        extraKey.put("month", "2022-06");
        Map<String, Object> reorderedList = new LinkedHashMap<>(FRESH);
        reorderedList.put("conflictMonths", List.of("2021-03", "2021-01~2021-02"));
        return Stream.of(
                Arguments.of("the same map", FRESH, true),
                Arguments.of("with the keys a decision adds", withDecision, true),
                Arguments.of("a key missing", missingKey, false),
                Arguments.of("a key more", extraKey, false),
                Arguments.of("a list in another order", reorderedList, false),
                Arguments.of("empty", Map.of(), false));
    }
}
