package gx.zhicheng.remote;

import gx.zhicheng.system.ZhichengProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One circuit breaker per remote system (platform, SI feed, CE feed), shared by every route that calls it.
 * Each attempt on the wire is one call of the breaker (routes/remote-call-errors.camel.yaml says why); only a
 * transient failure counts against the remote (a 4xx is an answer, RemoteFailures). Resilience4j's defaults
 * (a window of 100 calls) would never open during a sync of a small office, so the window and thresholds come
 * from zhicheng.breaker.*, sized for tens of calls per cycle.
 * <p>
 * The routes put a breaker around the HTTP step with Camel's {@code policy} EIP ({@link BreakerPolicy}); Camel's
 * own circuitBreaker EIP needs camel-resilience4j, which Camel 4.22 does not ship for Spring Boot here.
 * Resilience4j's meters ({@code resilience4j_circuitbreaker_state} and the calls) describe each breaker.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakers {

    @Bean
    CircuitBreakerRegistry circuitBreakerRegistry(ZhichengProperties properties, MeterRegistry meters) {
        ZhichengProperties.Breaker breaker = properties.breaker();
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(breaker.slidingWindowSize())
                .minimumNumberOfCalls(breaker.minimumNumberOfCalls())
                .failureRateThreshold(breaker.failureRateThreshold())
                .waitDurationInOpenState(breaker.waitDurationInOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .recordException(RemoteFailures::countsAgainstBreaker)
                .build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
        return registry;
    }

    /** routes: {@code policy: {ref: platformBreaker}} around the platform's HTTP step. */
    @Bean
    BreakerPolicy platformBreaker(CircuitBreakerRegistry registry, MeterRegistry meters) {
        return new BreakerPolicy(registry.circuitBreaker("platform"), meters);
    }

    @Bean
    BreakerPolicy siBreaker(CircuitBreakerRegistry registry, MeterRegistry meters) {
        return new BreakerPolicy(registry.circuitBreaker("si-feed"), meters);
    }

    @Bean
    BreakerPolicy ceBreaker(CircuitBreakerRegistry registry, MeterRegistry meters) {
        return new BreakerPolicy(registry.circuitBreaker("ce-feed"), meters);
    }

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
