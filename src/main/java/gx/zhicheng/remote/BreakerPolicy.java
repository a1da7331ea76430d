package gx.zhicheng.remote;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.spi.Policy;
import org.apache.camel.support.processor.DelegateAsyncProcessor;

/**
 * A remote system's circuit breaker as a Camel {@link Policy}: the steps inside {@code policy} (one HTTP attempt)
 * run only when the breaker permits a call, and their outcome is recorded on it. An open breaker fails the attempt
 * at once with {@link CallNotPermittedException} (never retried: RemoteFailures); an exception the breaker does
 * not record (a 4xx answer) counts as a success of the remote, as Resilience4j decides in {@code onError}.
 * <p>
 * Each attempt is also timed, as {@code zhicheng.remote.attempts} (tags remote, outcome: success, failure,
 * rejected): the latency of the remote as the adapter saw it.
 */
final class BreakerPolicy implements Policy {

    private final CircuitBreaker breaker;
    private final Timer succeeded;
    private final Timer failed;
    private final Timer rejected;

    BreakerPolicy(CircuitBreaker breaker, MeterRegistry meters) {
        this.breaker = breaker;
        this.succeeded = timer(meters, breaker.getName(), "success");
        this.failed = timer(meters, breaker.getName(), "failure");
        this.rejected = timer(meters, breaker.getName(), "rejected");
    }

    private static Timer timer(MeterRegistry meters, String remote, String outcome) {
        return Timer.builder("zhicheng.remote.attempts").description("attempts of remote calls, by outcome")
                .tag("remote", remote).tag("outcome", outcome).register(meters);
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    @Override
    public void beforeWrap(Route route, NamedNode definition) {
        // nothing to prepare: the breaker is shared by every route that calls the same remote system
    }

    @Override
    public Processor wrap(Route route, Processor processor) {
        return new Guarded(processor);
    }

    private final class Guarded extends DelegateAsyncProcessor {

        Guarded(Processor processor) {
            super(processor);
        }

        @Override
        public boolean process(Exchange exchange, AsyncCallback callback) {
            if (!breaker.tryAcquirePermission()) {
                rejected.record(0, TimeUnit.NANOSECONDS);
                exchange.setException(CallNotPermittedException.createCallNotPermittedException(breaker));
                callback.done(true);
                return true;
            }
            long start = breaker.getCurrentTimestamp();
            return processor.process(exchange, doneSync -> {
                long duration = breaker.getCurrentTimestamp() - start;
                Exception failure = exchange.getException();
                if (failure == null) {
                    breaker.onSuccess(duration, breaker.getTimestampUnit());
                    succeeded.record(duration, breaker.getTimestampUnit());
                } else {
                    breaker.onError(duration, breaker.getTimestampUnit(), failure);
                    failed.record(duration, breaker.getTimestampUnit());
                }
                callback.done(doneSync);
            });
        }

        @Override
        public String toString() {
            return "BreakerPolicy[" + breaker.getName() + "]";
        }
    }
}
