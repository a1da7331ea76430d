package gx.zhicheng.remote;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.system.TestSettings;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one classification of remote failures, Retry-After in both forms, and what counts as a database blip. */
class RemoteFailuresTest {

    private static final Instant NOW = Instant.parse("2022-08-01T02:00:00Z");
    private final RemoteFailures failures = new RemoteFailures(Clock.fixed(NOW, ZoneOffset.UTC),
            TestSettings.defaults());

    @ParameterizedTest(name = "HTTP {0} is {1}, retried on the wire: {2}")
    @CsvSource({
            "500, TRANSIENT, true", "502, TRANSIENT, true", "503, TRANSIENT, true", "401, TRANSIENT, true",
            "408, TRANSIENT, true", "429, TRANSIENT, true", "409, STALE_VERSION, false", "400, PERMANENT, false",
            "404, PERMANENT, false", "422, PERMANENT, false", "403, PERMANENT, false"})
    void classifiesHttpAnswers(int status, RemoteFailures.Kind kind, boolean retried) {
        var http = new RuntimeCamelException(new HttpOperationFailedException("http://p/x", status, "", null, Map.of(), ""));
        assertThat(RemoteFailures.classify(http)).isEqualTo(kind);
        assertThat(RemoteFailures.isRetriable(http)).isEqualTo(retried);
    }

    @ParameterizedTest(name = "{0}: transient, retried: {1}")
    @CsvSource({"reset, true", "timeout, true", "breaker, false", "bug, false"})
    void failuresWithoutAnAnswerAreTransient(String what, boolean retried) {
        Throwable cause = switch (what) {
            case "reset" -> new RuntimeCamelException(new IOException("Connection reset"));
            case "timeout" -> new SocketTimeoutException("Read timed out");
            case "breaker" -> io.github.resilience4j.circuitbreaker.CallNotPermittedException.createCallNotPermittedException(
                    io.github.resilience4j.circuitbreaker.CircuitBreaker.ofDefaults("x"));
            default -> new IllegalStateException("a bug");
        };
        assertThat(RemoteFailures.classify(cause)).isEqualTo(RemoteFailures.Kind.TRANSIENT);
        assertThat(RemoteFailures.isRetriable(cause)).isEqualTo(retried);
    }

    @ParameterizedTest(name = "Retry-After: {0} -> {1} s")
    @CsvSource(delimiter = '|', value = {
            "0 | 0", "1 | 1", "3600 | 3600",
            "Mon, 01 Aug 2022 02:00:30 GMT | 30",
            "Mon, 01 Aug 2022 01:59:00 GMT | 0",
            "soon | -1", "-5 | -1"})
    void readsRetryAfterInBothFormsOnTheAdaptersClock(String header, long seconds) {
        Optional<Duration> wait = failures.retryAfter(Map.of("Retry-After", header));
        assertThat(wait.map(Duration::toSeconds).orElse(-1L)).isEqualTo(seconds);
    }
}
