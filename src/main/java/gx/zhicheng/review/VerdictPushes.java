package gx.zhicheng.review;

import java.sql.Timestamp;
import java.util.List;

/**
 * Where {@link VerdictRecorder} queues the push of each new verdict, in the transaction that records the verdict.
 * The outbox table belongs to the push module (docs/tables.md), which depends on review and not the other way round:
 * so review names what it needs here and push implements it, and the outbox's SQL stays in push.
 */
public interface VerdictPushes {

    /** The push of a new verdict; the outbox fixes its idempotency key from the declaration, version and content hash. */
    record Push(String declarationId, int declarationVersion, long verdictId, String contentHash, String body,
                Timestamp at) {}

    /** The pending pushes of these declarations' earlier verdicts are not sent: a newer verdict replaces them. */
    void supersedePending(List<String> declarationIds);

    /** Queues the pushes, due at once, in the caller's transaction. */
    void queue(List<Push> pushes);
}
