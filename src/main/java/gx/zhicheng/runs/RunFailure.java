package gx.zhicheng.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import gx.zhicheng.system.Masking;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.io.IOException;
import java.sql.SQLException;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.springframework.dao.DataAccessException;

/**
 * The message a failed run keeps (sync_run.message, read by every office at GET /api/ops/runs and in the console):
 * the step and the failure's class, never an exception's own text, which may quote a URL or a body with an ID number
 * in it. Only a {@link CycleFailedException}, whose message the adapter writes for the operator, is kept (masked).
 * The full text goes to the log, masked there.
 */
public final class RunFailure {

    private RunFailure() {}

    /** E.g. {@code "pull: remote answer HTTP 503 (HttpOperationFailedException)"}. */
    public static String summary(String step, Throwable failure) {
        if (failure == null) {
            return step + ": failed";
        }
        CycleFailedException own = find(failure, CycleFailedException.class);
        if (own != null) {
            String message = Masking.mask(String.valueOf(own.getMessage()));
            return message.length() > 1000 ? message.substring(0, 1000) + "…" : message;
        }
        return step + ": " + classify(failure);
    }

    /** The kind of failure and the class of its innermost cause. */
    static String classify(Throwable failure) {
        String root = root(failure).getClass().getSimpleName();
        HttpOperationFailedException http = find(failure, HttpOperationFailedException.class);
        if (http != null) {
            return "remote answer HTTP " + http.getStatusCode() + " (" + http.getClass().getSimpleName() + ")";
        }
        if (find(failure, CallNotPermittedException.class) != null) {
            return "circuit breaker open (" + root + ")";
        }
        if (find(failure, DataAccessException.class) != null || find(failure, SQLException.class) != null) {
            return "database (" + root + ")";
        }
        if (find(failure, JsonProcessingException.class) != null) {
            return "unreadable answer (" + root + ")";
        }
        if (find(failure, IOException.class) != null) {
            return "remote call failed (" + root + ")";
        }
        return "unexpected error (" + root + ")";
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
            root = root.getCause();
        }
        return root;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
