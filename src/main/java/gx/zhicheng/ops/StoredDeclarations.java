package gx.zhicheng.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.web.OfficeScope;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads one stored declaration with its verdict history, its pushes and its parked versions, if it is one of the
 * user's offices: another office's declaration is not found, exactly like one that was never stored.
 */
@Component
class StoredDeclarations {

    record Detail(String declarationId, int version, String status, String reviewState, String reviewOffice,
                  OffsetDateTime updatedAt, OffsetDateTime storedAt, JsonNode payload, List<VerdictEntry> verdicts,
                  List<Push> pushes, List<Parked> parked, List<DecisionEntry> decisions) {}

    /** One operator decision of the audit trail (table decision, insert-only), oldest first, with the deciding office. */
    record DecisionEntry(String rule, String decision, String note, String decidedBy, OffsetDateTime decidedAt,
                         int declarationVersion, String office) {}

    record VerdictEntry(long id, int declarationVersion, String outcome, OffsetDateTime createdAt, JsonNode body) {}

    record Push(long id, String kind, Integer declarationVersion, Long verdictId, String idempotencyKey, String state,
                int attempts, OffsetDateTime nextAttemptAt, String lastError, String receipt, OffsetDateTime createdAt,
                OffsetDateTime sentAt) {}

    record Parked(long id, Integer version, String reason, OffsetDateTime parkedAt, OffsetDateTime resolvedAt,
                  String reviewOffice) {}

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    StoredDeclarations(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Empty when the declaration was never stored or is another office's; a declaration that only ever parked
     * still shows its parked versions, if they were routed to one of the user's offices.
     */
    Optional<Detail> find(String declarationId, OfficeScope scope) {
        List<Detail> stored = jdbc.query("""
                SELECT declaration_id, version, status, review_state, review_office, updated_at, stored_at, payload
                  FROM declaration WHERE declaration_id = ? AND """ + scope.sql("review_office"),
                (rs, n) -> new Detail(rs.getString("declaration_id"), rs.getInt("version"), rs.getString("status"),
                        rs.getString("review_state"), rs.getString("review_office"), Rows.time(rs, "updated_at"),
                        Rows.time(rs, "stored_at"), Rows.json(json, rs.getString("payload")), verdicts(declarationId),
                        pushes(declarationId), parked(declarationId, OfficeScope.everyOffice()), decisions(declarationId)),
                OfficeScope.args(declarationId, scope));
        if (!stored.isEmpty()) {
            return Optional.of(stored.get(0));
        }
        Integer elsewhere = jdbc.queryForObject("SELECT COUNT(*) FROM declaration WHERE declaration_id = ?", Integer.class,
                declarationId);
        if (elsewhere != null && elsewhere > 0) {
            return Optional.empty(); // stored, but another office's: not found, like one never stored
        }
        List<Parked> parked = parked(declarationId, scope);
        if (parked.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Detail(declarationId, 0, null, "PARKED", parked.get(0).reviewOffice(), null, null, null,
                List.of(), List.of(), parked, List.of()));
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
                SELECT rule, decision, note, decided_by, decided_at, declaration_version, office FROM decision
                 WHERE declaration_id = ? ORDER BY id""",
                (rs, n) -> new DecisionEntry(rs.getString("rule"), rs.getString("decision"), rs.getString("note"),
                        rs.getString("decided_by"), Rows.time(rs, "decided_at"), rs.getInt("declaration_version"),
                        rs.getString("office")),
                declarationId);
    }

    private List<Parked> parked(String declarationId, OfficeScope scope) {
        return jdbc.query("""
                SELECT id, version, reason, parked_at, resolved_at, review_office FROM parked_declaration
                 WHERE declaration_id = ? AND """ + scope.sql("review_office") + " ORDER BY id DESC",
                (rs, n) -> new Parked(rs.getLong("id"), Rows.integer(rs, "version"), rs.getString("reason"),
                        Rows.time(rs, "parked_at"), Rows.time(rs, "resolved_at"), rs.getString("review_office")),
                OfficeScope.args(declarationId, scope));
    }
}
