package gx.zhicheng.sync;

import gx.zhicheng.system.ZhichengProperties;
import gx.zhicheng.system.RemoteFailures;
import gx.zhicheng.enrich.FeedQueries;
import gx.zhicheng.pull.PlatformToken;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs before each redelivery of a remote call. Camel resends the message as it failed, so what must be
 * fresh is made fresh here: after a 401 the platform token is fetched again; a feed request is signed
 * again (new timestamp and nonce: the feeds refuse a nonce seen before). After a 429 or 503 with
 * Retry-After the call waits as long as the remote asked, up to a ceiling, on top of the backoff.
 */
@Component("remoteRedelivery")
public class RemoteRedelivery implements Processor {

    private static final Logger log = LoggerFactory.getLogger(RemoteRedelivery.class);

    private final PlatformToken token;
    private final FeedQueries feedQueries;
    private final Duration maxRetryAfter;

    RemoteRedelivery(PlatformToken token, FeedQueries feedQueries, ZhichengProperties properties) {
        this.token = token;
        this.feedQueries = feedQueries;
        this.maxRetryAfter = properties.retry().maxRetryAfter();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Throwable cause = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        HttpOperationFailedException http = RemoteFailures.httpFailure(cause);
        String remote = exchange.getProperty("zhichengRemote", String.class);
        if ("platform".equals(remote) && http != null && http.getStatusCode() == 401) {
            token.invalidate();
            token.authorize(exchange);
        }
        if ("si".equals(remote) || "ce".equals(remote)) {
            feedQueries.signAgain(exchange);
        }
        if (http != null && (http.getStatusCode() == 429 || http.getStatusCode() == 503)) {
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
