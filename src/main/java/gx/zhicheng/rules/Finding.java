package gx.zhicheng.rules;

import java.util.Map;

/** One rule that fired: its code from rules.md, its outcome, a Chinese message and the evidence behind it. */
public record Finding(String rule, Outcome outcome, String message, Map<String, Object> evidence) {
    public Finding {
        evidence = evidence == null ? Map.of() : evidence;
    }
}
