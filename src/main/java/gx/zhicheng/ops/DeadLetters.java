package gx.zhicheng.ops;

import gx.zhicheng.push.Outbox;
import gx.zhicheng.web.OfficeScope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads the pushes the platform refused for good, and sends one again: the outbox row goes back to PENDING,
 * due now, with its idempotency key unchanged, so the platform sees the same push and never a second one
 * ({@link Outbox#retryDeadLetter}, the outbox's owner, in this class's transaction).
 */
@Component
class DeadLetters {

    record DeadLetter(long id, long outboxId, String declarationId, String kind, String idempotencyKey,
                      String pushState, Integer responseStatus, String responseBody, String reason,
                      OffsetDateTime createdAt, OffsetDateTime retriedAt) {}

    record Requeued(long deadLetterId, long outboxId, String declarationId, String idempotencyKey, String state) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Outbox outbox;

    DeadLetters(JdbcTemplate jdbc, TransactionTemplate tx, Outbox outbox) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.outbox = outbox;
    }

    /** The dead letters of declarations of the offices in scope; one whose declaration is gone is the city office's. */
    List<DeadLetter> recent(int limit, OfficeScope scope) {
        return jdbc.query("""
                SELECT dl.id, dl.outbox_id, o.declaration_id, o.kind, o.idempotency_key, o.state, dl.response_status,
                       dl.response_body, dl.reason, dl.created_at, dl.retried_at
                  FROM dead_letter dl JOIN outbox o ON o.id = dl.outbox_id
                  LEFT JOIN declaration d ON d.declaration_id = o.declaration_id
                 WHERE """ + scope.sql("d.review_office") + """
                 ORDER BY dl.id DESC
                 LIMIT ?""",
                (rs, n) -> new DeadLetter(rs.getLong("id"), rs.getLong("outbox_id"), rs.getString("declaration_id"),
                        rs.getString("kind"), rs.getString("idempotency_key"), rs.getString("state"),
                        Rows.integer(rs, "response_status"), rs.getString("response_body"), rs.getString("reason"),
                        Rows.time(rs, "created_at"), Rows.time(rs, "retried_at")),
                OfficeScope.args(scope, limit));
    }

    /**
     * Puts the push back in the queue. Refused (409) when it is not DEAD (retried already and not refused again),
     * and when a newer verdict of the declaration was queued since: sending the old one would overwrite it.
     */
    Requeued retry(long deadLetterId, OfficeScope scope) {
        return tx.execute(status -> requeue(deadLetterId, scope));
    }

    /** Another office's dead letter is not found, like one that does not exist. */
    private Requeued requeue(long deadLetterId, OfficeScope scope) {
        List<DeadLetter> found = jdbc.query("""
                SELECT dl.id, dl.outbox_id, o.declaration_id, o.kind, o.idempotency_key, o.state, dl.retried_at
                  FROM dead_letter dl JOIN outbox o ON o.id = dl.outbox_id
                  LEFT JOIN declaration d ON d.declaration_id = o.declaration_id
                 WHERE dl.id = ? AND """ + scope.sql("d.review_office"),
                (rs, n) -> new DeadLetter(rs.getLong("id"), rs.getLong("outbox_id"), rs.getString("declaration_id"),
                        rs.getString("kind"), rs.getString("idempotency_key"), rs.getString("state"), null, null, null,
                        null, Rows.time(rs, "retried_at")),
                OfficeScope.args(deadLetterId, scope));
        if (found.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有编号为 " + deadLetterId + " 的死信");
        }
        DeadLetter letter = found.get(0);
        if (!"DEAD".equals(letter.pushState())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, letter.retriedAt() != null
                    ? "这条死信已重试过，推送当前状态为 " + letter.pushState() + "，无需再次重试"
                    : "这条推送当前状态为 " + letter.pushState() + "，不能重试");
        }
        if ("PRE_REVIEW".equals(letter.kind()) && newerVerdictQueued(letter)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "该申报已有更新的审核意见，旧的审核意见不再重发");
        }
        if (!outbox.retryDeadLetter(deadLetterId, letter.outboxId())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "这条推送刚被其他操作改变，请刷新后再试");
        }
        return new Requeued(deadLetterId, letter.outboxId(), letter.declarationId(), letter.idempotencyKey(), "PENDING");
    }

    private boolean newerVerdictQueued(DeadLetter letter) {
        Integer newer = jdbc.queryForObject("""
                SELECT COUNT(*) FROM outbox WHERE declaration_id = ? AND kind = 'PRE_REVIEW' AND id > ?
                   AND state IN ('PENDING', 'SENT')""", Integer.class, letter.declarationId(), letter.outboxId());
        return newer != null && newer > 0;
    }
}
