package gx.zhicheng.system;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One circuit breaker per remote system (platform, SI feed, CE feed), shared by every route that calls it.
 * Resilience4j's defaults (a window of 100 calls) would never open during a sync of a small office, so the
 * window and thresholds come from config/ (zhicheng.breaker.*), sized for tens of calls per cycle.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakers {

    @Bean
    CircuitBreakerRegistry circuitBreakerRegistry(
            @Value("${zhicheng.breaker.sliding-window-size:20}") int window,
            @Value("${zhicheng.breaker.minimum-number-of-calls:10}") int minimumCalls,
            @Value("${zhicheng.breaker.failure-rate-threshold:50}") float failureRate,
            @Value("${zhicheng.breaker.wait-duration-in-open-state:30s}") Duration openFor) {
        return CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(window)
                .minimumNumberOfCalls(minimumCalls)
                .failureRateThreshold(failureRate)
                .waitDurationInOpenState(openFor)
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .build());
    }

    @Bean
    CircuitBreaker platformCircuitBreaker(CircuitBreakerRegistry registry) {
        return registry.circuitBreaker("platform");
    }

    @Bean
    CircuitBreaker siCircuitBreaker(CircuitBreakerRegistry registry) {
        return registry.circuitBreaker("si-feed");
    }

    @Bean
    CircuitBreaker ceCircuitBreaker(CircuitBreakerRegistry registry) {
        return registry.circuitBreaker("ce-feed");
    }
}
