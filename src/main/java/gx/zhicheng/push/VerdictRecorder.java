package gx.zhicheng.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import gx.zhicheng.review.Dossier;
import gx.zhicheng.review.RuleEngine;
import gx.zhicheng.review.Verdict;
import gx.zhicheng.system.Hashing;
import gx.zhicheng.system.SyncRuns;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reviews each dossier and records the verdict together with the push it causes, in one transaction
 * (the outbox): a crash between review and push loses nothing. A verdict whose content equals the last
 * one recorded for the declaration causes no push.
 */
@Component
public class VerdictRecorder {

    private final RuleEngine engine;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final SyncRuns runs;
    private final Clock clock;
    private final DecisionLog decisions;

    VerdictRecorder(RuleEngine engine, JdbcTemplate jdbc, TransactionTemplate tx, ObjectMapper json, SyncRuns runs,
                    Clock clock, DecisionLog decisions) {
        this.decisions = decisions;
        this.engine = engine;
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.runs = runs;
        this.clock = clock;
    }

    @SuppressWarnings("unchecked")
    public void recordBatch(Exchange exchange) {
        Long runId = exchange.getProperty(SyncRuns.RUN_ID, Long.class);
        for (Dossier dossier : (List<Dossier>) exchange.getMessage().getBody(List.class)) {
            Verdict verdict = engine.review(dossier, decisionsOf(dossier), OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
            tx.executeWithoutResult(status -> record(verdict));
            runs.addReviewed(runId, verdict.outcome());
        }
    }

    /** The re-check before confirmation: the exclusions evaluated again on today's date, with fresh data. */
    @SuppressWarnings("unchecked")
    public void recordRecheck(Exchange exchange) {
        Long runId = exchange.getProperty(SyncRuns.RUN_ID, Long.class);
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        for (Dossier dossier : (List<Dossier>) exchange.getMessage().getBody(List.class)) {
            Verdict verdict = engine.recheck(dossier, decisionsOf(dossier), today, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
            tx.executeWithoutResult(status -> record(verdict));
            runs.addReviewed(runId, verdict.outcome());
        }
    }

    /** A dry run: the verdicts of the dossiers in the body, recorded nowhere. */
    @SuppressWarnings("unchecked")
    public List<Verdict> preview(Exchange exchange) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        return ((List<Dossier>) exchange.getMessage().getBody(List.class)).stream()
                .map(dossier -> engine.review(dossier, decisionsOf(dossier), now))
                .toList();
    }

    /** Records a verdict and queues its push unless its content equals the last verdict's; marks the version reviewed. */
    public boolean record(Verdict verdict) {
        String hash = contentHash(verdict);
        List<String> last = jdbc.queryForList(
                "SELECT content_hash FROM verdict WHERE declaration_id = ? ORDER BY id DESC LIMIT 1",
                String.class, verdict.declarationId());
        boolean changed = last.isEmpty() || !last.get(0).equals(hash);
        Timestamp now = Timestamp.from(clock.instant());
        if (changed) {
            String body = write(verdict);
            long verdictId = insertVerdict(verdict, hash, body, now);
            jdbc.update("UPDATE outbox SET state = 'SUPERSEDED' WHERE declaration_id = ? AND kind = 'PRE_REVIEW' AND state = 'PENDING'",
                    verdict.declarationId());
            String key = "pr-" + verdict.declarationId() + "-v" + verdict.declarationVersion() + "-" + hash.substring(0, 16);
            Integer used = jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE idempotency_key = ?", Integer.class, key);
            if (used != null && used > 0) {
                // the same content was pushed before and then replaced by another verdict: this is a new push
                key = key + "-" + verdictId;
            }
            jdbc.update("""
                    INSERT INTO outbox (kind, declaration_id, declaration_version, verdict_id, idempotency_key, body, state,
                                        next_attempt_at, created_at)
                    VALUES ('PRE_REVIEW', ?, ?, ?, ?, ?, 'PENDING', ?, ?)""",
                    verdict.declarationId(), verdict.declarationVersion(), verdictId, key, body, now, now);
        }
        jdbc.update("""
                UPDATE declaration SET review_state = 'REVIEWED', claimed_by = NULL, claimed_until = NULL
                 WHERE declaration_id = ? AND version = ? AND review_state = 'PENDING'""",
                verdict.declarationId(), verdict.declarationVersion());
        return changed;
    }

    private List<gx.zhicheng.review.Decision> decisionsOf(Dossier dossier) {
        return decisions.of(dossier.declaration().declarationId());
    }

    private long insertVerdict(Verdict verdict, String hash, String body, Timestamp now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    INSERT INTO verdict (declaration_id, declaration_version, outcome, content_hash, body, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setString(1, verdict.declarationId());
            ps.setInt(2, verdict.declarationVersion());
            ps.setString(3, verdict.outcome().name());
            ps.setString(4, hash);
            ps.setString(5, body);
            ps.setTimestamp(6, now);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** The verdict's content without reviewedAt, with map keys sorted: equal content, equal hash. */
    String contentHash(Verdict verdict) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("declarationId", verdict.declarationId());
        content.put("declarationVersion", verdict.declarationVersion());
        content.put("outcome", verdict.outcome());
        content.put("findings", verdict.findings());
        content.put("reviewOffice", verdict.reviewOffice());
        content.put("rulesVersion", verdict.rulesVersion());
        try {
            return Hashing.sha256Hex(json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(content));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("verdict does not serialize", e);
        }
    }

    private String write(Verdict verdict) {
        try {
            return json.writeValueAsString(verdict);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("verdict does not serialize", e);
        }
    }
}
