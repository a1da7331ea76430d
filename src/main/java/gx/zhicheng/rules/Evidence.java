package gx.zhicheng.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a finding's evidence in a fixed key order with JSON-ready values only (String, Number, Boolean,
 * List, Map): the verdict's JSON is hashed to tell whether it changed. Null values are left out.
 */
final class Evidence {

    private final Map<String, Object> values = new LinkedHashMap<>();

    static Evidence with(String key, Object value) {
        return new Evidence().and(key, value);
    }

    /** Starts from a finding's evidence, to add to it (an operator decision). */
    static Evidence of(Map<String, Object> evidence) {
        Evidence built = new Evidence();
        built.values.putAll(evidence);
        return built;
    }

    Evidence and(String key, Object value) {
        if (value != null) {
            values.put(key, jsonReady(value));
        }
        return this;
    }

    Map<String, Object> build() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    private static Object jsonReady(Object value) {
        if (value instanceof LocalDate || value instanceof YearMonth) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value;
    }
}
