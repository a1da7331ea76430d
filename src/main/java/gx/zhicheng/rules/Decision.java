package gx.zhicheng.rules;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An operator's decision on one VERIFY finding of a declaration.
 *
 * @param declarationVersion the version whose verdict carried the finding; kept for the record, the
 *                           engine judges by the evidence alone
 * @param evidence           the finding's evidence as it was when decided: the decision holds while the
 *                           same rule fires with the same evidence (CONFIRM_FALSIFICATION holds for good)
 */
public record Decision(String rule, DecisionType decision, String note, String decidedBy, OffsetDateTime decidedAt,
                       int declarationVersion, Map<String, Object> evidence) {
    public Decision {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(decision, "decision");
        evidence = evidence == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }
}
