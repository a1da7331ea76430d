package gx.zhicheng.web;

import gx.zhicheng.system.WebProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Slows down password guessing on the console's form and on HTTP Basic alike: failures are counted per user
 * name from one address and per user name from any address; past the free failures (WebProperties.Login) every
 * further failure doubles the wait before the next attempt is checked at all, up to a temporary lock of max-delay.
 * Nothing is locked per address alone: behind the TLS proxy every user comes from the proxy's address (the real
 * one only where the proxy is trusted, server.tomcat.remoteip.internal-proxies), and such a lock let anyone who
 * typed wrong passwords lock the whole office out. Each failure and each refused attempt is logged with the user
 * name and the address, never the password. Kept in memory: a restart forgets the counts, and several instances
 * count separately, which still bounds a guesser to a few tries a minute per instance and user.
 */
final class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** Bounds the memory a flood of invented user names can take; the oldest counts go first. */
    private static final int MAX_KEYS = 10_000;

    /** Refused before the password is checked: the user or the address must wait. */
    static final class Locked extends AuthenticationException {
        private final Duration retryAfter;

        Locked(Duration retryAfter) {
            super("too many failed logins; retry after " + retryAfter.toSeconds() + " s");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {}

    private final WebProperties.Login settings;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(WebProperties.Login settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The provider that checks the throttle first and counts the outcome of the real check. */
    AuthenticationProvider around(AuthenticationProvider delegate) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                String user = userName(attempt.getName());
                String address = address(attempt.getDetails());
                checkAllowed(user, address);
                try {
                    Authentication done = delegate.authenticate(attempt);
                    succeeded(user, address);
                    return done;
                } catch (AuthenticationException e) {
                    failed(user, address);
                    throw e;
                }
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return delegate.supports(authentication);
            }
        };
    }

    void checkAllowed(String user, String address) {
        Instant now = clock.instant();
        Duration wait = max(waitFor(userKey(user), now), waitFor(userAddressKey(user, address), now));
        if (!wait.isZero()) {
            Duration retryAfter = Duration.ofSeconds(Math.max(1, (wait.toMillis() + 999) / 1000));
            log.warn("Login refused for user '{}' from {}: too many failed logins, locked for {} s more",
                    user, address, retryAfter.toSeconds());
            throw new Locked(retryAfter);
        }
    }

    void failed(String user, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_KEYS) {
            forgetOldest(now);
        }
        Failures fromHere = count(userAddressKey(user, address), settings.userFreeFailures(), now);
        Failures fromAnywhere = count(userKey(user), settings.userAnyAddressFreeFailures(), now);
        Duration locked = max(between(now, fromHere.lockedUntil()), between(now, fromAnywhere.lockedUntil()));
        log.warn("Login failed for user '{}' from {}: failure {} in a row for the user from this address, {} from any{}",
                user, address, fromHere.count(), fromAnywhere.count(),
                locked.isZero() ? "" : "; further attempts wait " + locked.toSeconds() + " s");
    }

    void succeeded(String user, String address) {
        failures.remove(userKey(user));
        failures.remove(userAddressKey(user, address));
    }

    private Failures count(String key, int free, Instant now) {
        return failures.compute(key, (k, old) -> {
            int count = old == null || old.last().plus(settings.forgetAfter()).isBefore(now) ? 1 : old.count() + 1;
            Instant lockedUntil = count > free ? now.plus(delay(count - free)) : null;
            return new Failures(count, now, lockedUntil);
        });
    }

    /** first-delay, then doubled per failure, at most max-delay. */
    private Duration delay(int beyondFree) {
        Duration delay = settings.firstDelay();
        for (int i = 1; i < beyondFree && delay.compareTo(settings.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private Duration waitFor(String key, Instant now) {
        Failures f = failures.get(key);
        return f == null ? Duration.ZERO : between(now, f.lockedUntil());
    }

    private void forgetOldest(Instant now) {
        failures.entrySet().removeIf(e -> e.getValue().last().plus(settings.forgetAfter()).isBefore(now));
        if (failures.size() >= MAX_KEYS) {
            failures.entrySet().stream().min(Map.Entry.comparingByValue((a, b) -> a.last().compareTo(b.last())))
                    .ifPresent(oldest -> failures.remove(oldest.getKey()));
        }
    }

    private static Duration between(Instant now, Instant until) {
        return until == null || !until.isAfter(now) ? Duration.ZERO : Duration.between(now, until);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String userKey(String user) {
        return "user:" + user.toLowerCase(Locale.ROOT);
    }

    private static String userAddressKey(String user, String address) {
        return "user-at:" + user.toLowerCase(Locale.ROOT) + "@" + address;
    }

    /** The name as typed, safe for one log line: no control characters, at most 64 characters. */
    static String userName(String name) {
        String clean = name == null ? "" : name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }
}
