package gx.zhicheng.remote;

import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.system.ZhichengProperties;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs before each redelivery of a remote call (routes/remote-call-errors.camel.yaml) and is its only wait:
 * the Retry-After the remote asked for (at most zhicheng.retry.max-retry-after; RemoteFailures refuses the
 * retry beyond it) or else exponential backoff with jitter. After a 401 of an authorized platform call the
 * token is forgotten, so the next attempt fetches a new one. Signing and the token of the next attempt are
 * not done here: the attempt builds its request afresh (RemoteRequests, FeedQueries.sign, PlatformToken).
 */
@Component("remoteRedelivery")
class RemoteRedelivery implements Processor {

    private static final Logger log = LoggerFactory.getLogger(RemoteRedelivery.class);

    private final PlatformToken token;
    private final RemoteFailures failures;
    private final ZhichengProperties.Retry retry;

    RemoteRedelivery(PlatformToken token, RemoteFailures failures, ZhichengProperties properties) {
        this.token = token;
        this.failures = failures;
        this.retry = properties.retry();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        HttpOperationFailedException http = RemoteFailures.httpFailure(RemoteFailures.caught(exchange));
        RemoteRequest request = exchange.getProperty(FlowKeys.REMOTE_REQUEST, RemoteRequest.class);
        if (http != null && http.getStatusCode() == 401 && request != null
                && request.credentials() == RemoteRequest.Credentials.BEARER_TOKEN) {
            token.invalidate();
        }
        Integer attempts = exchange.getProperty(FlowKeys.REMOTE_ATTEMPTS, Integer.class);
        Optional<Duration> asked = failures.retryAfter(http);
        Duration wait = asked.orElseGet(() -> backoff(attempts == null ? 1 : attempts));
        if (asked.isPresent()) {
            log.info("Remote asked to retry after {} ms (HTTP {}); waiting that long", wait.toMillis(), http.getStatusCode());
        }
        if (!wait.isZero()) {
            Thread.sleep(wait.toMillis());
        }
    }

    /** initial-delay * 2^(n-1), at most max-delay, with up to 25 % jitter either way so that callers spread out. */
    Duration backoff(int failedAttempts) {
        long base = Math.min(retry.maxDelayMs(), retry.initialDelayMs() << Math.min(Math.max(failedAttempts - 1, 0), 20));
        long jitter = base / 4;
        long millis = base + (jitter > 0 ? ThreadLocalRandom.current().nextLong(-jitter, jitter + 1) : 0);
        return Duration.ofMillis(Math.max(0, millis));
    }
}
