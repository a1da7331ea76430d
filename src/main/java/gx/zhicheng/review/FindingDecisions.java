package gx.zhicheng.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.flow.FlowGateway;
import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.rules.Decision;
import gx.zhicheng.rules.DecisionType;
import gx.zhicheng.rules.Declaration;
import gx.zhicheng.rules.Outcome;
import gx.zhicheng.rules.RuleCode;
import gx.zhicheng.rules.RuleEngine;
import gx.zhicheng.system.ZhichengProperties;
import gx.zhicheng.web.OfficeScope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An operator's decision on a VERIFY finding of the latest verdict (rules.md, operator decisions): kept in
 * the audit trail with who, when and the note; a confirmed falsification also records an integrity-archive
 * entry for the platform; then the declaration is reviewed again with the decision applied and the new
 * verdict pushed. The same decision posted twice changes nothing. Only a declaration of the deciding user's
 * offices can be decided (another office's is unknown to them, as if it did not exist), and the decision records
 * the office on whose behalf it was taken.
 */
@Service
public class FindingDecisions {

    /** What a decision did: applied now, or already in force. */
    public enum Result { APPLIED, ALREADY_APPLIED, AWAITING_APPROVAL }

    /** The operator who asked for a CONFIRM_FALSIFICATION tried to approve it too (four eyes, issue 24). */
    public static class OwnRequest extends RuntimeException {
        OwnRequest(String message) {
            super(message);
        }
    }

    /** The decision was not for a finding the latest verdict carries as VERIFY. */
    public static class FindingNotOpen extends RuntimeException {
        FindingNotOpen(String message) {
            super(message);
        }
    }

    /** rules.md does not allow that decision on that finding. */
    public static class DecisionNotAllowed extends RuntimeException {
        DecisionNotAllowed(String message) {
            super(message);
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final DecisionLog log;
    private final FalsificationArchive archive;
    private final ReviewQueue queue;
    private final FlowGateway flow;
    private final Clock clock;
    private final boolean secondApprover;

    FindingDecisions(JdbcTemplate jdbc, TransactionTemplate tx, ObjectMapper json, DecisionLog log,
                     FalsificationArchive archive, ReviewQueue queue, FlowGateway flow, Clock clock,
                     ZhichengProperties properties) {
        this.queue = queue;
        this.secondApprover = properties.decisions() == null || properties.decisions().confirmFalsification() == null
                || properties.decisions().confirmFalsification().secondApprover();
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.log = log;
        this.archive = archive;
        this.flow = flow;
        this.clock = clock;
    }

    public Result decide(String declarationId, String rule, DecisionType type, String note, String decidedBy,
                         OfficeScope scope) {
        Result result = tx.execute(status -> record(declarationId, rule, type, note, decidedBy, scope));
        reviewAgain(declarationId, rule, result);
        return result;
    }

    /**
     * Four eyes: the second operator's approval of a CONFIRM_FALSIFICATION another operator asked for. The approver
     * must see the declaration (its office, or the city office) and cannot be the one who asked. Then the decision is
     * recorded (decided_by the first, approved_by the second), the archive entry queued and the declaration reviewed.
     */
    public Result approve(String declarationId, String rule, String approver, OfficeScope scope) {
        Result result = tx.execute(status -> {
            String[] declaration = declaration(declarationId, scope);
            List<Object[]> open = jdbc.query("""
                    SELECT id, requested_by, note FROM falsification_request
                     WHERE declaration_id = ? AND rule = ? AND approved_at IS NULL ORDER BY id DESC LIMIT 1 FOR UPDATE""",
                    (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}, declarationId, rule);
            if (open.isEmpty()) {
                throw new FindingNotOpen("没有待批准的 " + rule + " 确认虚假决定");
            }
            String requestedBy = (String) open.get(0)[1];
            if (requestedBy.equals(approver)) {
                throw new OwnRequest("确认虚假须由另一名操作员（本单位或崇左市职改办）批准，不能批准本人提出的决定");
            }
            JsonNode finding = openFinding(declarationId, rule);
            if (finding == null) {
                throw new FindingNotOpen("最新审核意见中没有待核实的 " + rule + " 项，无法批准该决定");
            }
            apply(declarationId, declaration, rule, DecisionType.CONFIRM_FALSIFICATION, (String) open.get(0)[2], requestedBy,
                    approver, finding);
            jdbc.update("UPDATE falsification_request SET approved_by = ?, approved_at = ? WHERE id = ?", approver,
                    Timestamp.from(clock.instant()), open.get(0)[0]);
            return Result.APPLIED;
        });
        reviewAgain(declarationId, rule, result);
        return result;
    }

    private void reviewAgain(String declarationId, String rule, Result result) {
        if (result == Result.APPLIED) {
            try {
                // the re-check's own finding exists only in a re-check: the regular review would drop it with its decision
                flow.send(RuleCode.EXCLUSION_AFTER_DECLARATION.name().equals(rule)
                        ? "direct:recheck-declaration-now" : "direct:review-declaration-now",
                        Map.of(FlowKeys.DECLARATION_ID, declarationId));
            } catch (FlowGateway.RouteFailed failed) {
                // the decision is recorded and the declaration waits for review: the next cycle applies it
                throw new IllegalStateException("decision recorded; the new review will follow in the next sync",
                        failed.getCause());
            }
        }
    }

    private String[] declaration(String declarationId, OfficeScope scope) {
        List<String[]> rows = jdbc.query("SELECT payload, review_office FROM declaration WHERE declaration_id = ? AND "
                        + scope.sql("review_office"),
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, OfficeScope.args(declarationId, scope));
        if (rows.isEmpty()) {
            throw new NoSuchDeclaration(declarationId);
        }
        return rows.get(0);
    }

    private Result record(String declarationId, String rule, DecisionType type, String note, String decidedBy,
                          OfficeScope scope) {
        String[] row = declaration(declarationId, scope);
        JsonNode finding = openFinding(declarationId, rule);
        List<Decision> earlier = log.of(declarationId);
        boolean sameAsLast = earlier.stream().filter(d -> d.rule().equals(rule)).reduce((a, b) -> b)
                .map(d -> d.decision() == type).orElse(false);
        if (finding == null && sameAsLast) {
            return Result.ALREADY_APPLIED;
        }
        if (finding == null) {
            throw new FindingNotOpen("最新审核意见中没有待核实的 " + rule + " 项，无法作出该决定");
        }
        if (!RuleEngine.decisionsFor(rule, Outcome.VERIFY).contains(type)) {
            throw new DecisionNotAllowed(rule + " 不适用决定 " + type + "，可选：" + RuleEngine.decisionsFor(rule, Outcome.VERIFY));
        }
        if (type == DecisionType.CONFIRM_FALSIFICATION && secondApprover) {
            // four eyes: nothing applies until another operator approves (approve); asking twice asks once
            Integer asked = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM falsification_request WHERE declaration_id = ? AND rule = ? AND approved_at IS NULL""",
                    Integer.class, declarationId, rule);
            if (asked == null || asked == 0) {
                jdbc.update("""
                        INSERT INTO falsification_request (declaration_id, declaration_version, rule, note, office, requested_by, requested_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""", declarationId, read(row[0], Declaration.class).version(), rule, note,
                        row[1], decidedBy, Timestamp.from(clock.instant()));
            }
            return Result.AWAITING_APPROVAL;
        }
        apply(declarationId, row, rule, type, note, decidedBy, null, finding);
        return Result.APPLIED;
    }

    private void apply(String declarationId, String[] row, String rule, DecisionType type, String note, String decidedBy,
                       String approvedBy, JsonNode finding) {
        Declaration declaration = read(row[0], Declaration.class);
        String office = row[1];
        Map<String, Object> evidence = json.convertValue(finding.path("evidence"), new TypeReference<Map<String, Object>>() {});
        log.add(declarationId, office, new Decision(rule, type, note, decidedBy, OffsetDateTime.now(clock),
                declaration.version(), evidence), approvedBy);
        if (type == DecisionType.CONFIRM_FALSIFICATION) {
            archive.recordFalsification(declaration, rule);
        }
        queue.enqueue(declarationId);
    }

    /** The finding of that rule with outcome VERIFY in the latest verdict, or null. */
    private JsonNode openFinding(String declarationId, String rule) {
        List<String> latest = jdbc.queryForList(
                "SELECT body FROM verdict WHERE declaration_id = ? ORDER BY id DESC LIMIT 1", String.class, declarationId);
        if (latest.isEmpty()) {
            return null;
        }
        for (JsonNode finding : read(latest.get(0), JsonNode.class).path("findings")) {
            if (rule.equals(finding.path("rule").asText()) && "VERIFY".equals(finding.path("outcome").asText())) {
                return finding;
            }
        }
        return null;
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON no longer parses", e);
        }
    }
}
