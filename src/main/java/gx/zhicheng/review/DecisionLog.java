package gx.zhicheng.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.rules.Decision;
import gx.zhicheng.rules.DecisionType;
import gx.zhicheng.audit.AuditChain;
import gx.zhicheng.audit.ChainKind;
import gx.zhicheng.system.SqlLists;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The operator decisions of a declaration, oldest first, as the rule engine applies them. Insert-only, but for the
 * office of decisions older than the hash chain ({@link #fillOffices}); retention's purge of their notes is the
 * chain's (audit's ChainedPurge).
 */
@Component
public class DecisionLog {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final LatestVerdictIndex latest;
    private final AuditChain chain;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    DecisionLog(JdbcTemplate jdbc, ObjectMapper json, LatestVerdictIndex latest, AuditChain chain,
                org.springframework.transaction.support.TransactionTemplate tx) {
        this.tx = tx;
        this.chain = chain;
        this.jdbc = jdbc;
        this.json = json;
        this.latest = latest;
    }

    public List<Decision> of(String declarationId) {
        return jdbc.query("""
                SELECT rule, decision, note, decided_by, decided_at, declaration_version, evidence
                  FROM decision WHERE declaration_id = ? ORDER BY id""",
                (rs, n) -> decision(rs), declarationId);
    }

    /** The decisions of several declarations in one query (a review batch); a declaration without any is absent. */
    public Map<String, List<Decision>> of(Collection<String> declarationIds) {
        Map<String, List<Decision>> all = new HashMap<>();
        if (declarationIds.isEmpty()) {
            return all;
        }
        jdbc.query("""
                SELECT rule, decision, note, decided_by, decided_at, declaration_version, evidence, declaration_id
                  FROM decision WHERE declaration_id IN """ + SqlLists.in(declarationIds.size()) + " ORDER BY id",
                (ResultSet rs) -> {
                    all.computeIfAbsent(rs.getString(8), id -> new ArrayList<>()).add(decision(rs));
                }, declarationIds.toArray());
        return all;
    }

    private Decision decision(ResultSet rs) throws SQLException {
        return new Decision(rs.getString(1), DecisionType.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getTimestamp(5).toInstant().atOffset(ZoneOffset.ofHours(8)), rs.getInt(6),
                evidence(rs.getString(7)));
    }

    /**
     * Records a decision taken on behalf of {@code office} (the declaration's review office at that moment). The finding
     * it was taken on leaves the VERIFY queue with it (the declaration's queue columns are derived again, in the
     * caller's transaction), before the new review the decision causes has run.
     */
    public void add(String declarationId, String office, Decision decision) {
        add(declarationId, office, decision, null);
    }

    /** The same, with the second operator who approved it (four eyes on a CONFIRM_FALSIFICATION); in the hash chain. */
    public void add(String declarationId, String office, Decision decision, String approvedBy) {
        // joins the caller's transaction, or has its own: the decision and its chain link commit together
        tx.executeWithoutResult(status -> insert(declarationId, office, decision, approvedBy));
    }

    private void insert(String declarationId, String office, Decision decision, String approvedBy) {
        org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            java.sql.PreparedStatement ps = con.prepareStatement("""
                    INSERT INTO decision (declaration_id, declaration_version, rule, decision, note, evidence, decided_by, decided_at,
                                          office, approved_by, decl_year, series, first_verdict_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                            (SELECT decl_year FROM declaration WHERE declaration_id = ?),
                            (SELECT series FROM declaration WHERE declaration_id = ?),
                            (SELECT MIN(v.created_at) FROM verdict v
                              WHERE v.declaration_id = ? AND v.declaration_version = ? AND v.created_at <= ?))""", new String[] {"id"});
            ps.setString(1, declarationId);
            ps.setInt(2, decision.declarationVersion());
            ps.setString(3, decision.rule());
            ps.setString(4, decision.decision().name());
            ps.setString(5, decision.note());
            ps.setString(6, write(decision.evidence()));
            ps.setString(7, decision.decidedBy());
            ps.setTimestamp(8, Timestamp.from(decision.decidedAt().toInstant()));
            ps.setString(9, office);
            ps.setString(10, approvedBy);
            // what the supervision view groups the decision by and measures its time from (V195): looked up once
            // here instead of at every read
            ps.setString(11, declarationId);
            ps.setString(12, declarationId);
            ps.setString(13, declarationId);
            ps.setInt(14, decision.declarationVersion());
            ps.setTimestamp(15, Timestamp.from(decision.decidedAt().toInstant()));
            return ps;
        }, key);
        latest.refresh(List.of(declarationId));
        // the chain head last, after the declaration's row: the recorder takes them in the same order (no deadlock
        // between a decision and a review of the same declaration)
        chain.append(ChainKind.DECISION, key.getKey().longValue());
    }

    /**
     * Gives the decisions recorded before offices were scoped (migration V120) their declaration's review office, at
     * start-up; answers how many. Only decisions older than the hash chain (issue 24): a chained one is never changed,
     * and on PostgreSQL the application's role may not UPDATE decision at all, so the statement runs only when there is
     * such a row.
     */
    public int fillOffices() {
        String unfilled = "office IS NULL AND id NOT IN (SELECT ref_id FROM chain_entry WHERE kind = 'DECISION')";
        Integer waiting = jdbc.queryForObject("SELECT COUNT(*) FROM decision WHERE " + unfilled, Integer.class);
        return waiting == null || waiting == 0 ? 0 : jdbc.update("""
                UPDATE decision SET office = (SELECT d.review_office FROM declaration d WHERE d.declaration_id = decision.declaration_id)
                 WHERE\s""" + unfilled);
    }

    private Map<String, Object> evidence(String text) {
        try {
            return json.readValue(text, new TypeReference<Map<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored decision evidence no longer parses", e);
        }
    }

    private String write(Map<String, Object> evidence) {
        try {
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decision evidence does not serialize", e);
        }
    }
}
