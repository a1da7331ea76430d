package gx.zhicheng.rules;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whether a finding's evidence is still the evidence a decision was taken on. Compared by value, the way
 * JSON sees it: key order does not count, list order does, numbers are equal when their values are
 * (64, 64L, 64.0 and BigDecimal "64.00" alike), dates and enums count as their text. The keys a decision
 * adds to a finding's evidence are left out on both sides.
 */
final class SameEvidence {

    /** What {@link DecidedFinding} adds to a finding's evidence. */
    static final Set<String> DECISION_KEYS = Set.of("decision", "decidedAt", "note");

    private SameEvidence() {
    }

    static boolean matches(Map<String, Object> recorded, Map<String, Object> fresh) {
        return normalised(withoutDecision(recorded)).equals(normalised(withoutDecision(fresh)));
    }

    private static Map<String, Object> withoutDecision(Map<String, Object> evidence) {
        Map<String, Object> copy = new LinkedHashMap<>(evidence == null ? Map.of() : evidence);
        copy.keySet().removeAll(DECISION_KEYS);
        return copy;
    }

    private static Object normalised(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new HashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), normalised(v)));
            return out;
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(SameEvidence::normalised).toList();
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor || value instanceof Character) {
            return value.toString();
        }
        return value;
    }

    /** A number as a BigDecimal without trailing zeros; NaN and the infinities as their text. */
    private static Object number(Number number) {
        try {
            return new BigDecimal(number.toString()).stripTrailingZeros();
        } catch (NumberFormatException notFinite) {
            return number.toString();
        }
    }
}
