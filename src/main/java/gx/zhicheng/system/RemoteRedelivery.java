package gx.zhicheng.system;

import gx.zhicheng.pull.PlatformToken;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs before each redelivery of a remote call: after a 401 the platform token is dropped (the retried
 * call fetches a new one); after a 429 or 503 with Retry-After the call waits as long as the remote asked,
 * up to a ceiling, on top of the exponential backoff.
 */
@Component("remoteRedelivery")
public class RemoteRedelivery implements Processor {

    private static final Logger log = LoggerFactory.getLogger(RemoteRedelivery.class);

    private final PlatformToken token;
    private final Duration maxRetryAfter;

    RemoteRedelivery(PlatformToken token, @Value("${zhicheng.retry.max-retry-after:60s}") Duration maxRetryAfter) {
        this.token = token;
        this.maxRetryAfter = maxRetryAfter;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Throwable cause = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (!(cause instanceof HttpOperationFailedException http)) {
            return;
        }
        if (http.getStatusCode() == 401) {
            token.invalidate();
            return;
        }
        if (http.getStatusCode() == 429 || http.getStatusCode() == 503) {
            long seconds = retryAfterSeconds(http);
            if (seconds > 0) {
                long wait = Math.min(seconds, maxRetryAfter.toSeconds());
                log.info("Remote asked to retry after {} s (HTTP {}); waiting {} s", seconds, http.getStatusCode(), wait);
                Thread.sleep(wait * 1000);
            }
        }
    }

    static long retryAfterSeconds(HttpOperationFailedException http) {
        if (http.getResponseHeaders() == null) {
            return 0;
        }
        return http.getResponseHeaders().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Retry-After"))
                .map(e -> e.getValue().trim())
                .filter(v -> v.matches("\\d{1,6}"))
                .mapToLong(Long::parseLong)
                .findFirst().orElse(0);
    }
}
