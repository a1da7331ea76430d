package gx.zhicheng.mocks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock fixed on 2022-08-01 10:00 Beijing time, so that reviewedAt and every verdict body are exact. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {
    public static final Instant NOW = Instant.parse("2022-08-01T02:00:00Z");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    }
}
