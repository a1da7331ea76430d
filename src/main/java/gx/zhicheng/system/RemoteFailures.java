package gx.zhicheng.system;

import java.io.IOException;
import org.apache.camel.Exchange;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.springframework.stereotype.Component;

/**
 * The contract's split of remote failures, used by the shared error handling of routes/: connection
 * errors, timeouts, 5xx, 401 (a token to refresh), 408 and 429 are transient and retried; other 4xx are
 * permanent for that request and go back to the caller at once.
 */
@Component("remoteFailures")
public class RemoteFailures {

    public boolean isTransient(Exchange exchange) {
        Throwable cause = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        return isTransient(cause);
    }

    /** The HTTP failure in a cause chain: the circuit breaker hands it on wrapped in a RuntimeCamelException. */
    public static HttpOperationFailedException httpFailure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof HttpOperationFailedException http) {
                return http;
            }
        }
        return null;
    }

    static boolean isTransient(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof HttpOperationFailedException http) {
                int status = http.getStatusCode();
                return status >= 500 || status == 401 || status == 408 || status == 429;
            }
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
