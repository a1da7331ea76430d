package gx.zhicheng.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the VERIFY findings that wait for the office: those of each declaration's latest verdict only (an
 * older verdict's finding is settled by the newer review). Withdrawn declarations wait for nothing.
 */
@Component
class VerificationQueue {

    record Waiting(String declarationId, int version, String applicantName, String verdictOutcome,
                   OffsetDateTime reviewedAt, List<Check> findings) {}

    record Check(String rule, String message, JsonNode evidence) {}

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    VerificationQueue(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<Waiting> waiting(int limit) {
        // the LIKE only narrows the rows to parse; which findings are VERIFY is decided on the parsed body
        List<Waiting> rows = jdbc.query("""
                SELECT v.declaration_id, v.declaration_version, v.outcome, v.created_at, v.body, d.payload
                  FROM verdict v JOIN declaration d ON d.declaration_id = v.declaration_id
                 WHERE v.id = (SELECT MAX(latest.id) FROM verdict latest WHERE latest.declaration_id = v.declaration_id)
                   AND d.review_state <> 'NO_VERDICT'
                   AND v.body LIKE '%"VERIFY"%'
                 ORDER BY v.created_at, v.declaration_id
                 LIMIT ?""",
                (rs, n) -> new Waiting(rs.getString("declaration_id"), rs.getInt("declaration_version"),
                        applicantName(rs.getString("payload")), rs.getString("outcome"), Rows.time(rs, "created_at"),
                        verifyFindings(rs.getString("body"))),
                limit);
        return rows.stream().filter(w -> !w.findings().isEmpty()).toList();
    }

    private List<Check> verifyFindings(String body) {
        List<Check> checks = new ArrayList<>();
        for (JsonNode finding : Rows.json(json, body).path("findings")) {
            if ("VERIFY".equals(finding.path("outcome").asText())) {
                checks.add(new Check(finding.path("rule").asText(), finding.path("message").asText(null),
                        finding.path("evidence")));
            }
        }
        return checks;
    }

    private String applicantName(String payload) {
        return Rows.json(json, payload).path("applicant").path("name").asText(null);
    }
}
