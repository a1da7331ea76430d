package gx.zhicheng.rules;

import java.time.OffsetDateTime;
import java.util.List;

/** The pre-review verdict (审核意见) for one declaration version: the platform's PreReview body. */
public record Verdict(String declarationId, int declarationVersion, Outcome outcome, List<Finding> findings,
                      ReviewOffice reviewOffice, OffsetDateTime reviewedAt, String rulesVersion) {
    public Verdict {
        findings = List.copyOf(findings);
    }
}
