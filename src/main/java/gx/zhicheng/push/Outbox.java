package gx.zhicheng.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.review.VerdictPushes;
import gx.zhicheng.system.DatabaseRetry;
import gx.zhicheng.system.SqlLists;
import gx.zhicheng.system.InstanceId;
import gx.zhicheng.system.Masking;
import gx.zhicheng.remote.RemoteFailures;
import gx.zhicheng.remote.RemoteRequest;
import gx.zhicheng.system.RowClaims;
import gx.zhicheng.runs.SyncRuns;
import gx.zhicheng.system.ZhichengProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.camel.Exchange;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriUtils;

/**
 * Drains the outbox: claims the pushes that are due, prepares each HTTP request with the idempotency key
 * fixed when the row was written, and records what the platform answered. A transient failure is tried
 * again later with exponential backoff and jitter; a permanent one becomes a dead letter for an operator.
 *
 * <p>The owner of the outbox and dead_letter tables (docs/tables.md): the verdict pushes the review queues
 * ({@link VerdictPushes}), an operator's retry of a dead letter, claims given back and the purge past retention are
 * written here, each joining the caller's transaction.
 */
@Component
public class Outbox implements VerdictPushes {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    static final Duration MAX_BACKOFF = Duration.ofHours(1);
    /**
     * The due pushes, oldest first (parameters: now, now, batch size). On PostgreSQL an index scan of outbox_pending
     * (migration V150), which steps over the versions that pushes marked SENT left behind; OutboxClaimIndexTest
     * checks that plan.
     */
    static final String CLAIM_DUE = """
            SELECT id FROM outbox
             WHERE state = 'PENDING' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)
             ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""";

    /** One push: a verdict (PRE_REVIEW) or an integrity-archive entry (ARCHIVE_ENTRY). */
    public record Item(long id, String kind, String declarationId, String idempotencyKey, String body, int attempts) {}

    /** A push the platform accepted, waiting to be marked SENT with the rest of its batch. */
    record Accepted(long id, String receipt, Timestamp at) {}

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final SyncRuns runs;
    private final Clock clock;
    private final String instance;
    private final int batchSize;
    private final Duration lease;
    private final RowClaims claims;
    private final TransactionTemplate tx;
    private final RemoteFailures failures;
    private final DatabaseRetry database;

    Outbox(JdbcTemplate jdbc, ObjectMapper json, SyncRuns runs, Clock clock, InstanceId instance,
           ZhichengProperties properties, RowClaims claims, TransactionTemplate tx, RemoteFailures failures,
           DatabaseRetry database) {
        this.database = database;
        this.jdbc = jdbc;
        this.failures = failures;
        this.tx = tx;
        this.claims = claims;
        this.json = json;
        this.runs = runs;
        this.clock = clock;
        this.instance = instance.value();
        this.batchSize = properties.outbox().batchSize();
        this.lease = properties.sync().claimLease();
    }

    /** Claims the pushes due now, oldest first; the body becomes the list. */
    public void claimDue(Exchange exchange) {
        // a claim whose commit was lost holds its rows until the lease lapses; the retry claims afresh
        database.run("claim due pushes", () -> claimBatch(exchange));
    }

    private void claimBatch(Exchange exchange) {
        Instant now = clock.instant();
        Timestamp nowTs = Timestamp.from(now);
        Timestamp until = Timestamp.from(now.plus(lease));
        String claim = instance + ":" + UUID.randomUUID();
        claims.claim(Long.class, CLAIM_DUE, new Object[] {nowTs, nowTs, batchSize},
                "UPDATE outbox SET claimed_by = ?, claimed_until = ? WHERE id IN ", claim, until);
        List<Item> items = jdbc.query("""
                SELECT id, kind, declaration_id, idempotency_key, body, attempts FROM outbox
                 WHERE claimed_by = ? AND state = 'PENDING' ORDER BY id""",
                (rs, n) -> new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6)), claim);
        exchange.setProperty(FlowKeys.MORE_TO_PUSH, items.size() == batchSize);
        // shared by reference with the split's parallel exchanges, which copy properties shallowly
        exchange.setProperty(FlowKeys.ACCEPTED_PUSHES, new ConcurrentLinkedQueue<Accepted>());
        exchange.getMessage().setBody(items);
    }

    /** Body: one item. Sets exactly the headers the contract asks for, nothing carried over. */
    public void prepare(Exchange exchange) {
        Item item = exchange.getMessage().getBody(Item.class);
        exchange.setProperty(FlowKeys.OUTBOX_ITEM, item);
        Map<String, String> key = Map.of("Idempotency-Key", item.idempotencyKey());
        exchange.setProperty(FlowKeys.REMOTE_REQUEST, item.kind().equals("PRE_REVIEW")
                ? RemoteRequest.platformJson("PUT", "/api/v1/declarations/"
                        + UriUtils.encodePathSegment(item.declarationId(), StandardCharsets.UTF_8) + "/pre-review", item.body(), key)
                : RemoteRequest.platformJson("POST", "/api/v1/integrity-archive", item.body(), key));
    }

    /** The platform accepted the push: noted for {@link #recordSent}, which marks the batch in one transaction. */
    public void sent(Exchange exchange) {
        Item item = exchange.getProperty(FlowKeys.OUTBOX_ITEM, Item.class);
        String receipt = receipt(exchange.getMessage().getBody(String.class));
        accepted(exchange).add(new Accepted(item.id(), receipt, Timestamp.from(clock.instant())));
    }

    /**
     * Marks the batch's accepted pushes SENT: one transaction instead of a commit per push (a commit is the
     * slowest part of a push against a local platform). A crash before this commit leaves the rows claimed;
     * when the claim lapses they are pushed again with the same Idempotency-Key and body, which the platform
     * answers as a replay, so nothing is lost and nothing is pushed under another key.
     */
    public void recordSent(Exchange exchange) {
        Queue<Accepted> accepted = accepted(exchange);
        if (accepted.isEmpty()) {
            return;
        }
        List<Accepted> rows = List.copyOf(accepted);
        accepted.clear();
        // marking SENT again is harmless: retried on a database blip, so an accepted push is not sent again
        database.run("mark " + rows.size() + " pushes sent", () -> tx.executeWithoutResult(status -> jdbc.batchUpdate("""
                UPDATE outbox SET state = 'SENT', sent_at = ?, receipt = ?, attempts = attempts + 1, last_error = NULL,
                                  claimed_by = NULL, claimed_until = NULL
                 WHERE id = ?""", rows, rows.size(), (ps, row) -> {
            ps.setTimestamp(1, row.at());
            ps.setString(2, row.receipt());
            ps.setLong(3, row.id());
        })));
        Long runId = exchange.getProperty(FlowKeys.RUN_ID, Long.class);
        rows.forEach(row -> runs.addPushed(runId, true));
    }

    @SuppressWarnings("unchecked")
    private static Queue<Accepted> accepted(Exchange exchange) {
        Queue<Accepted> accepted = exchange.getProperty(FlowKeys.ACCEPTED_PUSHES, Queue.class);
        if (accepted == null) {
            throw new IllegalStateException("no claimed outbox batch on this exchange");
        }
        return accepted;
    }

    /**
     * Decides what a failed push becomes, by the one classification of remote failures (RemoteFailures): a
     * stale version (409) is marked for a fresh pull, a permanent failure becomes a dead letter, anything else is
     * tried again later, after its backoff or the Retry-After the platform asked for, whichever is later.
     */
    public void failed(Exchange exchange) {
        Item item = exchange.getProperty(FlowKeys.OUTBOX_ITEM, Item.class);
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        HttpOperationFailedException http = RemoteFailures.httpFailure(cause);
        Integer status = http != null ? http.getStatusCode() : null;
        String reason = describe(cause, status);
        RemoteFailures.Kind kind = RemoteFailures.classify(cause);
        if (kind == RemoteFailures.Kind.STALE_VERSION) {
            // our verdict was for a version the platform has replaced: pull that declaration again
            jdbc.update("""
                    UPDATE outbox SET state = 'STALE', attempts = attempts + 1, last_error = ?, claimed_by = NULL, claimed_until = NULL
                     WHERE id = ?""", reason + " (stale declaration version)", item.id());
            log.info("Push {} of {} is stale (409); the declaration is pulled again", item.idempotencyKey(), item.declarationId());
        } else if (kind == RemoteFailures.Kind.PERMANENT) {
            String responseBody = http.getResponseBody();
            jdbc.update("""
                    UPDATE outbox SET state = 'DEAD', attempts = attempts + 1, last_error = ?, claimed_by = NULL, claimed_until = NULL
                     WHERE id = ?""", reason, item.id());
            jdbc.update("""
                    INSERT INTO dead_letter (outbox_id, request_body, response_status, response_body, reason, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)""", item.id(), item.body(), status, responseBody, reason,
                    Timestamp.from(clock.instant()));
            log.error("Push {} of {} refused for good: {}", item.idempotencyKey(), item.declarationId(), Masking.mask(reason));
        } else {
            Duration wait = backoff(item.attempts() + 1);
            Duration asked = failures.retryAfter(http).orElse(Duration.ZERO);
            if (asked.compareTo(wait) > 0) {
                wait = asked.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : asked;
            }
            jdbc.update("""
                    UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, claimed_by = NULL, claimed_until = NULL
                     WHERE id = ?""", reason, Timestamp.from(clock.instant().plus(wait)), item.id());
            log.warn("Push {} of {} failed ({}); next attempt in {} s", item.idempotencyKey(), item.declarationId(),
                    Masking.mask(reason), wait.toSeconds());
        }
        runs.addPushed(exchange.getProperty(FlowKeys.RUN_ID, Long.class), false);
    }

    @Override
    public void supersedePending(List<String> declarationIds) {
        jdbc.batchUpdate("UPDATE outbox SET state = 'SUPERSEDED' WHERE declaration_id = ? AND kind = 'PRE_REVIEW' AND state = 'PENDING'",
                declarationIds.stream().map(id -> new Object[] {id}).toList());
    }

    @Override
    public void queue(List<Push> pushes) {
        if (pushes.isEmpty()) {
            return;
        }
        List<String> keys = pushes.stream()
                .map(p -> "pr-" + p.declarationId() + "-v" + p.declarationVersion() + "-" + p.contentHash().substring(0, 16))
                .toList();
        Set<String> used = new HashSet<>(jdbc.queryForList(
                "SELECT idempotency_key FROM outbox WHERE idempotency_key IN " + SqlLists.in(keys.size()), String.class,
                keys.toArray()));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < pushes.size(); i++) {
            Push p = pushes.get(i);
            // the same content was pushed before and then replaced by another verdict: this is a new push
            String key = used.contains(keys.get(i)) ? keys.get(i) + "-" + p.verdictId() : keys.get(i);
            rows.add(new Object[] {p.declarationId(), p.declarationVersion(), p.verdictId(), key, p.body(), p.at(), p.at()});
        }
        jdbc.batchUpdate("""
                INSERT INTO outbox (kind, declaration_id, declaration_version, verdict_id, idempotency_key, body, state,
                                    next_attempt_at, created_at)
                VALUES ('PRE_REVIEW', ?, ?, ?, ?, ?, 'PENDING', ?, ?)""", rows);
    }

    /**
     * An operator sends a dead letter's push again: the outbox row goes back to PENDING, due now, with its idempotency
     * key unchanged, and the letter is marked retried. False, changing nothing, when the push is no longer DEAD.
     */
    public boolean retryDeadLetter(long deadLetterId, long outboxId) {
        Timestamp now = Timestamp.from(clock.instant());
        int requeued = jdbc.update("""
                UPDATE outbox SET state = 'PENDING', next_attempt_at = ?, claimed_by = NULL, claimed_until = NULL
                 WHERE id = ? AND state = 'DEAD'""", now, outboxId);
        if (requeued == 0) {
            return false;
        }
        jdbc.update("UPDATE dead_letter SET retried_at = ? WHERE id = ?", now, deadLetterId);
        return true;
    }

    /** Gives back every claim, whoever holds it: only for a process that knows it is the only one working. */
    public int releaseAll() {
        return jdbc.update("UPDATE outbox SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by IS NOT NULL");
    }

    /** Retention: deletes the pushes of the declarations of that year and earlier, and their dead letters. */
    public void purgeDeclarationsOfYearsUpTo(int lastYear) {
        String old = "SELECT declaration_id FROM declaration WHERE decl_year <= ?";
        jdbc.update("DELETE FROM dead_letter WHERE outbox_id IN (SELECT id FROM outbox WHERE declaration_id IN (" + old + "))",
                lastYear);
        jdbc.update("DELETE FROM outbox WHERE declaration_id IN (" + old + ")", lastYear);
    }

    /** Exponential backoff with full jitter, capped: 2^n seconds at most, never more than an hour. */
    static Duration backoff(int attempts) {
        long ceiling = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(attempts, 20));
        return Duration.ofSeconds(1 + ThreadLocalRandom.current().nextLong(ceiling));
    }

    private String receipt(String body) {
        try {
            JsonNode answer = json.readTree(body == null ? "" : body);
            if (answer == null) {
                return null;
            }
            return answer.hasNonNull("receiptId") ? answer.get("receiptId").asText() : answer.path("entryId").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static String describe(Exception cause, Integer status) {
        if (cause == null) {
            return "unknown failure";
        }
        if (status != null) {
            return "HTTP " + status;
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
