package gx.zhicheng.ops;

import gx.zhicheng.review.Labels;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.review.DecisionType;
import gx.zhicheng.review.Outcome;
import gx.zhicheng.review.RuleEngine;
import gx.zhicheng.system.OfficeScope;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the VERIFY findings that wait for the office: those of each declaration's latest verdict only (an
 * older verdict's finding is settled by the newer review). Withdrawn declarations wait for nothing. A decided
 * finding leaves the queue because the decision puts the declaration back to review and its new verdict no
 * longer carries it as VERIFY; until that review has run, a finding with a decision taken on its very evidence is
 * left out too (compared by evidence, not by time: the decision and the verdict may carry the same second). Each finding comes with the decisions rules.md
 * allows on it, with their Chinese labels.
 */
@Component
class VerificationQueue {

    record Waiting(String declarationId, int version, String applicantName, String verdictOutcome,
                   OffsetDateTime reviewedAt, String reviewOffice, List<Check> findings) {}

    record Check(String rule, String message, JsonNode evidence, List<Choice> allowedDecisions) {}

    /** One decision an operator may take on a finding: the code to post and the button's label. */
    record Choice(String decision, String label) {}

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    VerificationQueue(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The queue of the offices in scope (the user's, or the one the city office filters by). */
    List<Waiting> waiting(int limit, OfficeScope scope) {
        // the LIKE only narrows the rows to parse; which findings are VERIFY is decided on the parsed body
        List<Waiting> rows = jdbc.query("""
                SELECT v.declaration_id, v.declaration_version, v.outcome, v.created_at, v.body, d.payload, d.review_office
                  FROM verdict v JOIN declaration d ON d.declaration_id = v.declaration_id
                 WHERE v.id = (SELECT MAX(latest.id) FROM verdict latest WHERE latest.declaration_id = v.declaration_id)
                   AND d.review_state <> 'NO_VERDICT'
                   AND v.body LIKE '%"VERIFY"%'
                   AND """ + scope.sql("d.review_office") + """
                 ORDER BY v.created_at, v.declaration_id
                 LIMIT ?""",
                (rs, n) -> new Waiting(rs.getString("declaration_id"), rs.getInt("declaration_version"),
                        applicantName(rs.getString("payload")), rs.getString("outcome"), Rows.time(rs, "created_at"),
                        rs.getString("review_office"),
                        verifyFindings(rs.getString("body"), decided(rs.getString("declaration_id")))),
                OfficeScope.args(scope, limit));
        return rows.stream().filter(w -> !w.findings().isEmpty()).toList();
    }

    private List<Check> verifyFindings(String body, List<Decided> decided) {
        List<Check> checks = new ArrayList<>();
        for (JsonNode finding : Rows.json(json, body).path("findings")) {
            String rule = finding.path("rule").asText();
            boolean open = decided.stream().noneMatch(d -> d.rule().equals(rule) && d.evidence().equals(finding.path("evidence")));
            if ("VERIFY".equals(finding.path("outcome").asText()) && open) {
                checks.add(new Check(rule, finding.path("message").asText(null), finding.path("evidence"),
                        choices(rule)));
            }
        }
        return checks;
    }

    private record Decided(String rule, JsonNode evidence) {}

    /** The decisions of a declaration with the evidence they were taken on. */
    private List<Decided> decided(String declarationId) {
        return jdbc.query("SELECT rule, evidence FROM decision WHERE declaration_id = ?",
                (rs, n) -> new Decided(rs.getString("rule"), Rows.json(json, rs.getString("evidence"))), declarationId);
    }

    /** The order of the buttons: the decision that confirms or approves first, the one that drops or refuses second. */
    private static final List<DecisionType> ORDER = List.of(DecisionType.CONFIRM_FALSIFICATION, DecisionType.CONFIRM,
            DecisionType.APPROVE, DecisionType.DISMISS, DecisionType.REFUSE);

    static List<Choice> choices(String rule) {
        return RuleEngine.decisionsFor(rule, Outcome.VERIFY).stream().sorted(Comparator.comparing(ORDER::indexOf))
                .map(d -> new Choice(d.name(), Labels.of(Labels.DECISION, d.name()))).toList();
    }

    private String applicantName(String payload) {
        return Rows.json(json, payload).path("applicant").path("name").asText(null);
    }
}
