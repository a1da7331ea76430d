package gx.zhicheng.system;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One circuit breaker per remote system (platform, SI feed, CE feed), shared by every route that calls it.
 * Each attempt on the wire is one call of the breaker (routes/remote-call-errors.camel.yaml says why); only a
 * transient failure counts against the remote (a 4xx is an answer, RemoteFailures). Resilience4j's defaults
 * (a window of 100 calls) would never open during a sync of a small office, so the window and thresholds come
 * from zhicheng.breaker.*, sized for tens of calls per cycle.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakers {

    @Bean
    CircuitBreakerRegistry circuitBreakerRegistry(ZhichengProperties properties) {
        ZhichengProperties.Breaker breaker = properties.breaker();
        return CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(breaker.slidingWindowSize())
                .minimumNumberOfCalls(breaker.minimumNumberOfCalls())
                .failureRateThreshold(breaker.failureRateThreshold())
                .waitDurationInOpenState(breaker.waitDurationInOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .recordException(RemoteFailures::countsAgainstBreaker)
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
