package gx.zhicheng.mocks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The platform's memory of Idempotency-Keys (platform-api.yaml): the same key with the same body gets the
 * first result again (with status 200), the same key with another body is refused. Only successes are kept:
 * a request refused with 409 or 422 may be sent again under its key once the cause is gone.
 */
public final class IdempotentWrites {

    /** An HTTP answer of the mock: status and JSON body. */
    record Answer(int status, String body) {
        boolean success() {
            return status >= 200 && status < 300;
        }
    }

    sealed interface Outcome permits First, Replay, Conflict {}

    record First(Answer answer) implements Outcome {}

    record Replay(Answer answer) implements Outcome {}

    record Conflict() implements Outcome {}

    private record Seen(JsonNode body, Answer answer) {}

    private final Map<String, Seen> seen = new HashMap<>();

    /** {@code apply} runs at most once per successful key; scope keeps the keys of two endpoints apart. */
    synchronized Outcome write(String scope, String key, JsonNode body, Supplier<Answer> apply) {
        Seen before = seen.get(scope + "\n" + key);
        if (before != null) {
            return before.body().equals(body) ? new Replay(before.answer()) : new Conflict();
        }
        Answer answer = apply.get();
        if (answer.success()) {
            seen.put(scope + "\n" + key, new Seen(body.deepCopy(), answer));
        }
        return new First(answer);
    }

    synchronized void reset() {
        seen.clear();
    }
}
