package gx.zhicheng.mocks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The tokens the mock platform issued and when each expires; a token is random so that none can be guessed. */
public final class BearerTokens {

    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration ttl;

    BearerTokens(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    String issue() {
        Instant now = clock.instant();
        expiries.values().removeIf(expiry -> !expiry.isAfter(now));
        String token = "mock-" + UUID.randomUUID();
        expiries.put(token, now.plus(ttl));
        return token;
    }

    Duration ttl() {
        return ttl;
    }

    boolean valid(String token) {
        Instant expiry = token == null ? null : expiries.get(token);
        return expiry != null && expiry.isAfter(clock.instant());
    }

    /** Every token issued so far stops working now (the scenario of a token that expires mid-walk). */
    public void expireAll() {
        expiries.clear();
    }
}
