package gx.zhicheng.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads one stored declaration with its verdict history, its pushes and its parked versions. */
@Component
class StoredDeclarations {

    record Detail(String declarationId, int version, String status, String reviewState, OffsetDateTime updatedAt,
                  OffsetDateTime storedAt, JsonNode payload, List<VerdictEntry> verdicts, List<Push> pushes,
                  List<Parked> parked, List<DecisionEntry> decisions) {}

    /** One operator decision of the audit trail (table decision, insert-only), oldest first. */
    record DecisionEntry(String rule, String decision, String note, String decidedBy, OffsetDateTime decidedAt,
                         int declarationVersion) {}

    record VerdictEntry(long id, int declarationVersion, String outcome, OffsetDateTime createdAt, JsonNode body) {}

    record Push(long id, String kind, Integer declarationVersion, Long verdictId, String idempotencyKey, String state,
                int attempts, OffsetDateTime nextAttemptAt, String lastError, String receipt, OffsetDateTime createdAt,
                OffsetDateTime sentAt) {}

    record Parked(long id, Integer version, String reason, OffsetDateTime parkedAt, OffsetDateTime resolvedAt) {}

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    StoredDeclarations(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Empty when the declaration was never stored; a declaration that only ever parked still shows its parked versions. */
    Optional<Detail> find(String declarationId) {
        List<Parked> parked = parked(declarationId);
        List<Detail> stored = jdbc.query("""
                SELECT declaration_id, version, status, review_state, updated_at, stored_at, payload
                  FROM declaration WHERE declaration_id = ?""",
                (rs, n) -> new Detail(rs.getString("declaration_id"), rs.getInt("version"), rs.getString("status"),
                        rs.getString("review_state"), Rows.time(rs, "updated_at"), Rows.time(rs, "stored_at"),
                        Rows.json(json, rs.getString("payload")), verdicts(declarationId), pushes(declarationId), parked,
                        decisions(declarationId)),
                declarationId);
        if (stored.isEmpty() && !parked.isEmpty()) {
            return Optional.of(new Detail(declarationId, 0, null, "PARKED", null, null, null, List.of(), List.of(), parked,
                    List.of()));
        }
        return stored.stream().findFirst();
    }

    private List<VerdictEntry> verdicts(String declarationId) {
        return jdbc.query("""
                SELECT id, declaration_version, outcome, created_at, body FROM verdict
                 WHERE declaration_id = ? ORDER BY id DESC""",
                (rs, n) -> new VerdictEntry(rs.getLong("id"), rs.getInt("declaration_version"), rs.getString("outcome"),
                        Rows.time(rs, "created_at"), Rows.json(json, rs.getString("body"))),
                declarationId);
    }

    private List<Push> pushes(String declarationId) {
        return jdbc.query("""
                SELECT id, kind, declaration_version, verdict_id, idempotency_key, state, attempts, next_attempt_at,
                       last_error, receipt, created_at, sent_at
                  FROM outbox WHERE declaration_id = ? ORDER BY id DESC""",
                (rs, n) -> new Push(rs.getLong("id"), rs.getString("kind"), Rows.integer(rs, "declaration_version"),
                        rs.getObject("verdict_id", Long.class), rs.getString("idempotency_key"),
                        rs.getString("state"), rs.getInt("attempts"), Rows.time(rs, "next_attempt_at"),
                        rs.getString("last_error"), rs.getString("receipt"), Rows.time(rs, "created_at"),
                        Rows.time(rs, "sent_at")),
                declarationId);
    }

    private List<DecisionEntry> decisions(String declarationId) {
        return jdbc.query("""
                SELECT rule, decision, note, decided_by, decided_at, declaration_version FROM decision
                 WHERE declaration_id = ? ORDER BY id""",
                (rs, n) -> new DecisionEntry(rs.getString("rule"), rs.getString("decision"), rs.getString("note"),
                        rs.getString("decided_by"), Rows.time(rs, "decided_at"), rs.getInt("declaration_version")),
                declarationId);
    }

    private List<Parked> parked(String declarationId) {
        return jdbc.query("""
                SELECT id, version, reason, parked_at, resolved_at FROM parked_declaration
                 WHERE declaration_id = ? ORDER BY id DESC""",
                (rs, n) -> new Parked(rs.getLong("id"), Rows.integer(rs, "version"), rs.getString("reason"),
                        Rows.time(rs, "parked_at"), Rows.time(rs, "resolved_at")),
                declarationId);
    }
}
