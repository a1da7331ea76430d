package gx.zhicheng.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.rules.Finding;
import gx.zhicheng.rules.Outcome;
import gx.zhicheng.rules.Verdict;
import gx.zhicheng.system.SqlLists;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The columns of {@code declaration} that the operator side reads instead of every latest verdict's body (migration
 * V140): the latest verdict's id, time, outcome, office name and rules, and the rules of its VERIFY findings still
 * open, with {@code verify_since} as the queue's key. {@link VerdictRecorder} writes them for the verdicts it inserts,
 * in the same transaction; {@link DecisionLog} recomputes them when a decision is recorded; {@link #refresh} derives
 * them from what is stored (start-up backfill of rows never derived, and anyone who writes verdict rows by hand).
 *
 * <p>A VERIFY finding is open unless a decision of the declaration was taken on that rule with that very evidence
 * (the finding leaves the queue at once; the new review the decision causes then replaces the verdict).
 */
@Component
public class LatestVerdictIndex {

    /**
     * The latest verdict's columns and, when the verdict judged the version waiting for review, the end of that wait
     * (REVIEWED, claim released): one statement, because on PostgreSQL each UPDATE of a row is a new row version
     * with an entry in each of the table's indexes, and these two used to be two.
     */
    private static final String UPDATE_RECORDED = """
            UPDATE declaration SET latest_verdict_id = ?, latest_verdict_at = ?, latest_outcome = ?, latest_office_name = ?,
                   latest_rules = ?, verify_rules = ?, verify_since = ?,
                   review_state = CASE WHEN version = ? AND review_state = 'PENDING' THEN 'REVIEWED' ELSE review_state END,
                   claimed_by = CASE WHEN version = ? AND review_state = 'PENDING' THEN NULL ELSE claimed_by END,
                   claimed_until = CASE WHEN version = ? AND review_state = 'PENDING' THEN NULL ELSE claimed_until END
             WHERE declaration_id = ?""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public LatestVerdictIndex(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What the columns say of one latest verdict. */
    record Latest(String outcome, String officeName, String rules, String verifyRules) {}

    /**
     * The verdicts just inserted (ids in the same order, all created at {@code at}) become their declarations' latest,
     * and the versions they judged are reviewed (what VerdictRecorder does for a verdict equal to the last one): one
     * batched UPDATE, and one query for the decisions of those with a VERIFY finding.
     */
    void recorded(List<Verdict> verdicts, List<String> bodies, List<Long> ids, Timestamp at) {
        Set<String> withVerify = new HashSet<>();
        for (Verdict v : verdicts) {
            if (v.findings().stream().anyMatch(f -> f.outcome() == Outcome.VERIFY)) {
                withVerify.add(v.declarationId());
            }
        }
        Map<String, List<JsonNode[]>> decided = decided(List.copyOf(withVerify));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict v = verdicts.get(i);
            Latest latest = withVerify.contains(v.declarationId())
                    ? latest(read(bodies.get(i)), decided.getOrDefault(v.declarationId(), List.of()))
                    : new Latest(v.outcome().name(), v.reviewOffice() == null ? null : v.reviewOffice().name(),
                            list(v.findings().stream().map(Finding::rule).toList()), null);
            int version = v.declarationVersion();
            rows.add(row(latest, ids.get(i), at, version, version, version, v.declarationId()));
        }
        jdbc.batchUpdate(UPDATE_RECORDED, rows);
    }

    /**
     * Derives every column from the stored payload, the declaration's latest verdict row and its decisions; marks the
     * rows derived. For the start-up backfill, the decision path, and tests that write verdict rows themselves.
     */
    public void refresh(Collection<String> declarationIds) {
        if (declarationIds.isEmpty()) {
            return;
        }
        List<String> ids = List.copyOf(new LinkedHashSet<>(declarationIds));
        Map<String, List<JsonNode[]>> decided = decided(ids);
        List<Object[]> rows = new ArrayList<>();
        jdbc.query("""
                SELECT d.declaration_id, d.payload, v.id, v.created_at, v.body
                  FROM declaration d
                  LEFT JOIN verdict v ON v.id = (SELECT MAX(latest.id) FROM verdict latest WHERE latest.declaration_id = d.declaration_id)
                 WHERE d.declaration_id IN\s""" + SqlLists.in(ids.size()),
                (ResultSet rs) -> {
                    String id = rs.getString(1);
                    JsonNode payload = readOrEmpty(rs.getString(2));
                    long verdictId = rs.getLong(3);
                    boolean hasVerdict = !rs.wasNull();
                    Latest latest = hasVerdict ? latest(readOrEmpty(rs.getString(5)), decided.getOrDefault(id, List.of()))
                            : new Latest(null, null, null, null);
                    Object[] update = row(latest, hasVerdict ? verdictId : null, hasVerdict ? rs.getTimestamp(4) : null, id);
                    Object[] all = new Object[update.length + 2];
                    all[0] = text(payload.path("series"));
                    all[1] = date(payload.path("declaredOn"));
                    System.arraycopy(update, 0, all, 2, update.length);
                    rows.add(all);
                }, ids.toArray());
        jdbc.batchUpdate("""
                UPDATE declaration SET series = ?, declared_on = ?, latest_verdict_id = ?, latest_verdict_at = ?,
                       latest_outcome = ?, latest_office_name = ?, latest_rules = ?, verify_rules = ?, verify_since = ?,
                       read_model = 1
                 WHERE declaration_id = ?""", rows);
    }

    /** Derives the rows never derived, chunk after chunk; answers how many. Idempotent. */
    int backfill() {
        int filled = 0;
        while (true) {
            List<String> ids = jdbc.queryForList(
                    "SELECT declaration_id FROM declaration WHERE read_model IS NULL ORDER BY declaration_id LIMIT 500",
                    String.class);
            if (ids.isEmpty()) {
                return filled;
            }
            refresh(ids);
            filled += ids.size();
        }
    }

    /** The parameters of the seven latest-verdict columns, then those of the rest of the statement. */
    private static Object[] row(Latest latest, Long verdictId, Timestamp at, Object... then) {
        Object[] row = Arrays.copyOf(new Object[] {verdictId, at, latest.outcome(), latest.officeName(), latest.rules(),
                latest.verifyRules(), latest.verifyRules() == null ? null : at}, 7 + then.length);
        System.arraycopy(then, 0, row, 7, then.length);
        return row;
    }

    /** The columns of a verdict body, with the decisions (rule, evidence) of its declaration. */
    static Latest latest(JsonNode body, List<JsonNode[]> decisions) {
        List<String> rules = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (JsonNode finding : body.path("findings")) {
            String rule = finding.path("rule").asText();
            rules.add(rule);
            if ("VERIFY".equals(finding.path("outcome").asText()) && decisions.stream().noneMatch(
                    d -> d[0].asText().equals(rule) && d[1].equals(finding.path("evidence")))) {
                open.add(rule);
            }
        }
        JsonNode office = body.path("reviewOffice").path("name");
        return new Latest(body.path("outcome").isTextual() ? body.path("outcome").asText() : null,
                office.isTextual() ? office.asText() : null, list(rules), list(open));
    }

    /** ',A,B,' of the distinct codes in order, or null for none: a LIKE '%,A,%' finds one. */
    static String list(List<String> rules) {
        Set<String> distinct = new LinkedHashSet<>(rules);
        return distinct.isEmpty() ? null : "," + String.join(",", distinct) + ",";
    }

    /** Per declaration, its decisions as (rule, evidence) pairs. */
    private Map<String, List<JsonNode[]>> decided(List<String> declarationIds) {
        Map<String, List<JsonNode[]>> all = new HashMap<>();
        if (declarationIds.isEmpty()) {
            return all;
        }
        jdbc.query("SELECT declaration_id, rule, evidence FROM decision WHERE declaration_id IN "
                        + SqlLists.in(declarationIds.size()),
                (ResultSet rs) -> {
                    all.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new JsonNode[] {json.getNodeFactory().textNode(rs.getString(2)), readOrEmpty(rs.getString(3))});
                }, declarationIds.toArray());
        return all;
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a verdict does not parse", e);
        }
    }

    private JsonNode readOrEmpty(String text) {
        try {
            JsonNode node = text == null ? null : json.readTree(text);
            return node == null ? json.createObjectNode() : node;
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static Date date(JsonNode node) {
        try {
            return node.isTextual() ? Date.valueOf(LocalDate.parse(node.asText())) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
