package gx.zhicheng.mocks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The mocks' clock: the system clock for a developer, a fixed moment for tests that pin the adapter's clock
 * (the feeds compare X-Timestamp with it), and a moment a test can move forward to expire a token.
 */
public final class MockClock extends Clock {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private volatile Instant fixed;
    private volatile Duration offset = Duration.ZERO;

    public static MockClock system() {
        return new MockClock();
    }

    public static MockClock fixedAt(Instant instant) {
        MockClock clock = new MockClock();
        clock.fixed = instant;
        return clock;
    }

    /** Stops the clock at this moment. */
    public void set(Instant instant) {
        fixed = instant;
        offset = Duration.ZERO;
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    @Override
    public Instant instant() {
        Instant base = fixed;
        return (base == null ? Instant.now() : base).plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return BEIJING;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
