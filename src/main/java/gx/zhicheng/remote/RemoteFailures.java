package gx.zhicheng.remote;

import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.system.ZhichengProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one classification of remote failures, used by the retry layer (routes/remote-call-errors.camel.yaml),
 * the circuit breakers and the outbox:
 * <ul>
 * <li>{@link Kind#TRANSIENT}: no HTTP answer (connection error, reset, timeout), 5xx, 401 (a token to fetch
 * again), 408, 429, and an open circuit breaker: the same request may succeed later;</li>
 * <li>{@link Kind#STALE_VERSION}: 409, the verdict was for a declaration version the platform has replaced;</li>
 * <li>{@link Kind#PERMANENT}: any other 4xx, wrong for that request whenever it is sent.</li>
 * </ul>
 * A failure that is neither an HTTP answer nor an I/O error (a bug, an answer we cannot read) counts as
 * transient for the outbox (tried again later, never lost) but is not retried on the wire.
 */
@Component("remoteFailures")
public class RemoteFailures {

    private static final Logger log = LoggerFactory.getLogger(RemoteFailures.class);

    public enum Kind { TRANSIENT, STALE_VERSION, PERMANENT }

    /**
     * A remote call whose own retries are spent, failing inside another call (the token fetched for a platform
     * call): classified by its cause, but never retried again by the outer call, which would multiply the
     * attempts (4 token requests per attempt, 16 per call).
     */
    public static final class RetriesSpent extends RuntimeException {
        public RetriesSpent(String what, Throwable cause) {
            super(what + ": " + cause.getMessage(), cause);
        }
    }

    private final Clock clock;
    private final ZhichengProperties.Retry retry;

    RemoteFailures(Clock clock, ZhichengProperties properties) {
        this.clock = clock;
        this.retry = properties.retry();
    }

    public static Kind classify(Throwable cause) {
        HttpOperationFailedException http = httpFailure(cause);
        if (http != null) {
            return classify(http.getStatusCode());
        }
        return Kind.TRANSIENT;
    }

    public static Kind classify(int status) {
        if (status == 409) {
            return Kind.STALE_VERSION;
        }
        if (status >= 400 && status < 500 && status != 401 && status != 408 && status != 429) {
            return Kind.PERMANENT;
        }
        return Kind.TRANSIENT;
    }

    /**
     * Whether a failure is one the wire retries: a transient HTTP answer or an I/O error (an open breaker is
     * transient too, but retrying it would only knock on a door the breaker keeps shut).
     */
    public static boolean isRetriable(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof RetriesSpent) {
                return false;
            }
            if (t instanceof HttpOperationFailedException http) {
                return classify(http.getStatusCode()) == Kind.TRANSIENT;
            }
            if (t instanceof IOException) {
                return true;
            }
            if (t instanceof CallNotPermittedException) {
                return false;
            }
        }
        return false;
    }

    /** What the circuit breakers count as a failure of the remote: only transient failures (a 4xx is an answer). */
    static boolean countsAgainstBreaker(Throwable cause) {
        return isRetriable(cause);
    }

    /** onWhen of the shared error handling: the failure is one to retry. */
    public boolean isTransient(Exchange exchange) {
        return isRetriable(caught(exchange));
    }

    /**
     * retryWhile of the shared error handling: another attempt is allowed (the call has had fewer than
     * 1 + max-redeliveries) and the remote did not ask for a longer wait than the cap. Past the cap the call
     * fails at once as transient; the outbox or the next run takes it.
     */
    public boolean retryAgain(Exchange exchange) {
        Integer attempts = exchange.getProperty(FlowKeys.REMOTE_ATTEMPTS, Integer.class);
        if (attempts == null || attempts > retry.maxRedeliveries()) {
            return false;
        }
        Optional<Duration> asked = retryAfter(httpFailure(caught(exchange)));
        if (asked.isPresent() && asked.get().compareTo(retry.maxRetryAfter()) > 0) {
            log.warn("Remote asked to retry after {} s, more than zhicheng.retry.max-retry-after ({} s): not retried now",
                    asked.get().toSeconds(), retry.maxRetryAfter().toSeconds());
            return false;
        }
        return true;
    }

    /**
     * The wait a 429 or 503 asked for with Retry-After, in either form of RFC 9110: delta-seconds or an
     * HTTP-date, read against the adapter's clock. Empty when there is none or it cannot be read.
     */
    public Optional<Duration> retryAfter(HttpOperationFailedException http) {
        if (http == null || (http.getStatusCode() != 429 && http.getStatusCode() != 503)) {
            return Optional.empty();
        }
        return retryAfter(http.getResponseHeaders());
    }

    Optional<Duration> retryAfter(Map<String, String> headers) {
        if (headers == null) {
            return Optional.empty();
        }
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Retry-After") && e.getValue() != null)
                .map(e -> e.getValue().trim())
                .findFirst()
                .flatMap(this::parseRetryAfter);
    }

    Optional<Duration> parseRetryAfter(String value) {
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The HTTP failure behind an exception, however Camel wrapped it; null when it was not an HTTP answer. */
    public static HttpOperationFailedException httpFailure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof HttpOperationFailedException http) {
                return http;
            }
        }
        return null;
    }

    public static Throwable caught(Exchange exchange) {
        return exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    }
}
