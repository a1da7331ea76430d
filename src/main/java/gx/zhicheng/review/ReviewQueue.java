package gx.zhicheng.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.review.Declaration;
import gx.zhicheng.system.DatabaseRetry;
import gx.zhicheng.system.InstanceId;
import gx.zhicheng.system.RowClaims;
import gx.zhicheng.system.ZhichengProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Declarations waiting for review, claimed a batch at a time with a lease: a claim that its instance
 * did not finish (a crash) expires and the batch is claimed again, so nothing waits for ever.
 */
@Component
public class ReviewQueue {


    /** One claimed declaration version. */
    public record Pending(String declarationId, int version, Declaration declaration) {

        /** Reads the columns declaration_id, version, payload, in that order. */
        static RowMapper<Pending> rows(ObjectMapper json) {
            return (rs, n) -> new Pending(rs.getString(1), rs.getInt(2), parse(json, rs.getString(3)));
        }

        private static Declaration parse(ObjectMapper json, String payload) {
            try {
                return json.readValue(payload, Declaration.class);
            } catch (JsonProcessingException e) {
                // stored only after validation, so this is a broken database row, not bad input
                throw new IllegalStateException("stored declaration no longer parses", e);
            }
        }
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final String instance;
    private final int batchSize;
    private final Duration lease;
    private final RowClaims claims;
    private final DatabaseRetry database;

    ReviewQueue(JdbcTemplate jdbc, ObjectMapper json, Clock clock, InstanceId instance, ZhichengProperties properties,
                RowClaims claims, DatabaseRetry database) {
        this.jdbc = jdbc;
        this.database = database;
        this.claims = claims;
        this.json = json;
        this.clock = clock;
        this.instance = instance.value();
        this.batchSize = Math.min(properties.sync().reviewBatchSize(), properties.feeds().batchSize());
        this.lease = properties.sync().claimLease();
    }

    /** Claims the next batch; the body and the BATCH property become the claimed declarations. */
    public void claim(Exchange exchange) {
        // a claim whose commit was lost holds its rows until the lease lapses; the retry claims afresh
        database.run("claim a review batch", () -> claimBatch(exchange));
    }

    private void claimBatch(Exchange exchange) {
        Instant now = clock.instant();
        Timestamp until = Timestamp.from(now.plus(lease));
        String claim = instance + ":" + UUID.randomUUID();
        Timestamp nowTs = Timestamp.from(now);
        claims.claim("declaration", "declaration_id", String.class, """
                SELECT declaration_id FROM declaration
                 WHERE review_state = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?)
                 ORDER BY updated_at, declaration_id LIMIT ? FOR UPDATE SKIP LOCKED""",
                new Object[] {nowTs, batchSize}, claim, until);
        List<Pending> batch = jdbc.query("""
                SELECT declaration_id, version, payload FROM declaration
                 WHERE claimed_by = ? AND review_state = 'PENDING'
                 ORDER BY updated_at, declaration_id""",
                Pending.rows(json), claim);
        exchange.setProperty(FlowKeys.BATCH, batch);
        exchange.setProperty(FlowKeys.REVIEW_CLAIM, claim);
        exchange.setProperty(FlowKeys.MORE_TO_REVIEW, !batch.isEmpty());
        exchange.getMessage().setBody(batch);
    }

    /** Claims one declaration by ID (property zhichengDeclarationId) if it waits for review. */
    public void claimOne(Exchange exchange) {
        String id = exchange.getProperty(FlowKeys.DECLARATION_ID, String.class);
        Instant now = clock.instant();
        String claim = instance + ":" + UUID.randomUUID();
        jdbc.update("""
                UPDATE declaration SET claimed_by = ?, claimed_until = ?
                 WHERE declaration_id = ? AND review_state = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?)""",
                claim, Timestamp.from(now.plus(lease)), id, Timestamp.from(now));
        List<Pending> batch = jdbc.query(
                "SELECT declaration_id, version, payload FROM declaration WHERE claimed_by = ? AND review_state = 'PENDING'",
                Pending.rows(json), claim);
        exchange.setProperty(FlowKeys.BATCH, batch);
        exchange.setProperty(FlowKeys.REVIEW_CLAIM, claim);
        exchange.getMessage().setBody(batch);
    }

    /** Gives a batch back after a failure (a feed down), so that the next cycle takes it at once. */
    public void release(Exchange exchange) {
        String claim = exchange.getProperty(FlowKeys.REVIEW_CLAIM, String.class);
        if (claim != null) {
            jdbc.update("UPDATE declaration SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = ?", claim);
        }
    }
}
