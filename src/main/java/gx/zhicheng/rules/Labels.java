package gx.zhicheng.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The Chinese labels of the codes (series, levels, outcomes, rule codes, decisions, and the adapter's states),
 * defined once in {@code labels.properties}: the documents, the statistics and its CSV, the VERIFY queue and the
 * console (through {@code GET /api/ops/labels}) all read them here. A code without a label shows as it is.
 */
public final class Labels {

    public static final String SERIES = "series";
    public static final String LEVEL = "level";
    public static final String OUTCOME = "outcome";
    public static final String RULE = "rule";
    public static final String DECISION = "decision";

    private static final Map<String, Map<String, String>> GROUPS = load();

    private Labels() {}

    /** The label of a code in its group; the code itself when it has none, "" for null. */
    public static String of(String group, String code) {
        if (code == null) {
            return "";
        }
        return GROUPS.getOrDefault(group, Map.of()).getOrDefault(code, code);
    }

    /** Every group with its labels, for the console. */
    public static Map<String, Map<String, String>> all() {
        return GROUPS;
    }

    private static Map<String, Map<String, String>> load() {
        Properties properties = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("/labels.properties")) {
            if (in == null) {
                throw new IllegalStateException("labels.properties is missing from the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<String, String>> groups = new TreeMap<>();
        properties.forEach((key, value) -> {
            String k = (String) key;
            int dot = k.indexOf('.');
            groups.computeIfAbsent(k.substring(0, dot), g -> new TreeMap<>()).put(k.substring(dot + 1), (String) value);
        });
        groups.replaceAll((group, labels) -> Collections.unmodifiableMap(labels));
        return Collections.unmodifiableMap(groups);
    }
}
