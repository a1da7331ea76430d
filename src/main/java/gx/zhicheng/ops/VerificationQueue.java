package gx.zhicheng.ops;

import gx.zhicheng.rules.Labels;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.rules.DecisionType;
import gx.zhicheng.rules.Outcome;
import gx.zhicheng.rules.RuleEngine;
import gx.zhicheng.web.OfficeScope;
import gx.zhicheng.system.SqlLists;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
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
 *
 * <p>Which declarations wait is read from the declaration's columns that follow its latest verdict (migration V140,
 * review.LatestVerdictIndex): {@code verify_since} is set while the latest verdict has an open VERIFY finding, and
 * orders the queue. A page is a walk of an index from a keyset cursor (the last row's verify_since and declaration
 * ID), filtered in SQL by office, series, rule and the verdict's outcome; then the page's verdict bodies are read in
 * one query, and of each only the VERIFY findings whose rule {@code verify_rules} still lists are shown (the decisions
 * were compared with the findings' evidence once, when the column was written).
 */
@Component
class VerificationQueue {

    record Waiting(String declarationId, int version, String applicantName, String verdictOutcome,
                   OffsetDateTime reviewedAt, String reviewOffice, List<Check> findings) {}

    record Check(String rule, String message, JsonNode evidence, List<Choice> allowedDecisions) {}

    /** One decision an operator may take on a finding: the code to post and the button's label. */
    record Choice(String decision, String label) {}

    /** What to show: null or blank for any. The office filter is the scope's own ({@link OfficeScope#narrowedTo}). */
    record Filter(String series, String rule, String outcome) {
        static final Filter NONE = new Filter(null, null, null);

        Filter {
            series = blankToNull(series);
            rule = blankToNull(rule);
            outcome = blankToNull(outcome);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }

    /** A page: its declarations, the cursor of the next page (null on the last) and, when asked for, the total. */
    record Page(List<Waiting> items, String nextCursor, Long total) {}

    /** Thrown for a cursor this class did not write. */
    static class BadCursor extends IllegalArgumentException {
        BadCursor() {
            super("cursor 无效，请从第一页重新查询");
        }
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    VerificationQueue(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The queue of the offices in scope (the user's, or the one the city office filters by), from its start. */
    List<Waiting> waiting(int limit, OfficeScope scope) {
        return page(limit, null, Filter.NONE, scope, false).items();
    }

    /** One page after {@code cursor} (null: the first), and the total of the whole queue if {@code count}. */
    Page page(int limit, String cursor, Filter filter, OfficeScope scope, boolean count) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" d.verify_since IS NOT NULL AND d.review_state NOT IN ('NO_VERDICT', 'AWAITING_UNIT') AND ")
                .append(scope.sql("d.review_office"));
        args.add(scope);
        if (filter.series() != null) {
            where.append(" AND d.series = ?");
            args.add(filter.series());
        }
        if (filter.outcome() != null) {
            where.append(" AND d.latest_outcome = ?");
            args.add(filter.outcome());
        }
        if (filter.rule() != null) {
            where.append(" AND d.verify_rules LIKE ? ESCAPE '!'");
            args.add("%," + filter.rule().replace("!", "!!").replace("%", "!%").replace("_", "!_") + ",%");
        }
        Long total = count ? jdbc.queryForObject("SELECT COUNT(*) FROM declaration d WHERE" + where, Long.class,
                OfficeScope.args(args.toArray())) : null;
        List<Object> pageArgs = new ArrayList<>(args);
        StringBuilder pageWhere = new StringBuilder(where);
        if (cursor != null && !cursor.isBlank()) {
            Key after = Key.decode(cursor);
            // the first condition bounds the index walk; the second skips the rows of that instant already shown
            pageWhere.append(" AND d.verify_since >= ? AND (d.verify_since > ? OR d.declaration_id > ?)");
            pageArgs.add(after.since());
            pageArgs.add(after.since());
            pageArgs.add(after.declarationId());
        }
        pageArgs.add(limit);
        List<Row> rows = jdbc.query("""
                SELECT d.declaration_id, d.verify_since, d.review_office, d.latest_verdict_id, d.verify_rules, d.payload
                  FROM declaration d
                 WHERE""" + pageWhere + " " + """
                 ORDER BY d.verify_since, d.declaration_id
                 LIMIT ?""",
                (rs, n) -> new Row(rs.getString("declaration_id"), rs.getTimestamp("verify_since"),
                        rs.getString("review_office"), rs.getLong("latest_verdict_id"), rs.getString("verify_rules"),
                        rs.getString("payload")),
                OfficeScope.args(pageArgs.toArray()));
        Map<Long, VerdictRow> verdicts = verdicts(rows);
        List<Waiting> items = new ArrayList<>();
        for (Row row : rows) {
            VerdictRow v = verdicts.get(row.verdictId());
            if (v == null) {
                continue;
            }
            List<Check> findings = verifyFindings(v.body(), row.verifyRules());
            if (!findings.isEmpty()) {
                items.add(new Waiting(row.declarationId(), v.version(), applicantName(row.payload()), v.outcome(),
                        v.createdAt(), row.reviewOffice(), findings));
            }
        }
        String next = rows.size() < limit ? null : new Key(rows.get(rows.size() - 1).since(),
                rows.get(rows.size() - 1).declarationId()).encode();
        return new Page(items, next, total);
    }

    private record Row(String declarationId, Timestamp since, String reviewOffice, long verdictId, String verifyRules,
                       String payload) {}

    private record VerdictRow(int version, String outcome, OffsetDateTime createdAt, String body) {}

    /** The page's latest verdicts, in one query. */
    private Map<Long, VerdictRow> verdicts(List<Row> rows) {
        Map<Long, VerdictRow> verdicts = new HashMap<>();
        if (rows.isEmpty()) {
            return verdicts;
        }
        jdbc.query("SELECT id, declaration_version, outcome, created_at, body FROM verdict WHERE id IN " + SqlLists.in(rows.size()),
                (ResultSet rs) -> {
                    verdicts.put(rs.getLong("id"), new VerdictRow(rs.getInt("declaration_version"), rs.getString("outcome"),
                            Rows.time(rs, "created_at"), rs.getString("body")));
                }, rows.stream().map(Row::verdictId).toArray());
        return verdicts;
    }

    /** Where a page ends: the last row's verify_since and declaration ID, as an opaque URL-safe text. */
    private record Key(Timestamp since, String declarationId) {
        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    (since.toInstant() + "|" + declarationId).getBytes(StandardCharsets.UTF_8));
        }

        static Key decode(String cursor) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int bar = text.indexOf('|');
                if (bar < 0) {
                    throw new BadCursor();
                }
                return new Key(Timestamp.from(Instant.parse(text.substring(0, bar))), text.substring(bar + 1));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new BadCursor();
            }
        }
    }

    /**
     * The VERIFY findings of a latest verdict that are still open: those whose rule the declaration's verify_rules
     * lists (',A,B,'). Which findings a decision closed is worked out once, where the column is written
     * (review.LatestVerdictIndex), not again on every page.
     */
    private List<Check> verifyFindings(String body, String verifyRules) {
        List<Check> checks = new ArrayList<>();
        for (JsonNode finding : Rows.json(json, body).path("findings")) {
            String rule = finding.path("rule").asText();
            if ("VERIFY".equals(finding.path("outcome").asText()) && verifyRules != null
                    && verifyRules.contains("," + rule + ",")) {
                checks.add(new Check(rule, finding.path("message").asText(null), finding.path("evidence"),
                        choices(rule)));
            }
        }
        return checks;
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
