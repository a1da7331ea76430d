package gx.zhicheng.runs;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * What the flow did, as Micrometer counters (sync runs by their end state, declarations pulled, parked, reviewed by outcome, pushed, failed
 * pushes), and the state of each remote system's circuit breaker in the health endpoint. The attempts of remote
 * calls are counted by RemoteRequests (zhicheng.remote.requests) and timed by their breaker
 * (zhicheng.remote.attempts).
 */
@Component
class FlowMetrics {

    private final Counter pulled;
    private final Counter parked;
    private final Counter pushed;
    private final Counter failed;
    private final Map<String, Counter> reviewed = new HashMap<>();
    private final MeterRegistry registry;

    FlowMetrics(MeterRegistry registry) {
        this.registry = registry;
        // both outcomes from the start: a dashboard's rate() of FAILED shows 0, not "no data", until a run fails
        for (String state : List.of("SUCCEEDED", "FAILED")) {
            runs(state);
        }
        pulled = Counter.builder("zhicheng.declarations.pulled").description("declaration versions pulled").register(registry);
        parked = Counter.builder("zhicheng.declarations.parked").description("declarations that do not validate").register(registry);
        pushed = Counter.builder("zhicheng.pushes").tag("result", "accepted").register(registry);
        failed = Counter.builder("zhicheng.pushes").tag("result", "failed").register(registry);
        for (String outcome : List.of("PASS", "RETURN", "VERIFY", "REJECT")) {
            reviewed.put(outcome, Counter.builder("zhicheng.declarations.reviewed").tag("outcome", outcome).register(registry));
        }
    }

    void pulled(int count, int parkedCount) {
        pulled.increment(count);
        parked.increment(parkedCount);
    }

    /** INFO counts as PASS, as in the run's counts. */
    void reviewed(String outcome) {
        reviewed.getOrDefault(outcome, reviewed.get("PASS")).increment();
    }

    /** A sync run ended in {@code state} (SUCCEEDED, FAILED). */
    void finished(String state) {
        runs(state).increment();
    }

    private Counter runs(String state) {
        return Counter.builder("zhicheng.sync.runs").description("sync runs ended, by their state")
                .tag("state", state).register(registry);
    }

    void pushed(boolean ok) {
        (ok ? pushed : failed).increment();
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {
        /** DOWN while a remote system's breaker is open: the adapter cannot reach it and fails fast. */
        @Bean
        HealthIndicator remoteSystems(CircuitBreakerRegistry breakers) {
            return () -> {
                Health.Builder health = Health.up();
                for (CircuitBreaker breaker : breakers.getAllCircuitBreakers()) {
                    health.withDetail(breaker.getName(), breaker.getState().name());
                    if (breaker.getState() == CircuitBreaker.State.OPEN) {
                        health.down();
                    }
                }
                return health.build();
            };
        }
    }
}
