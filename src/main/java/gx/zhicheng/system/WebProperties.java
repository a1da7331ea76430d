package gx.zhicheng.system;

import java.time.Duration;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the operator side's web server (console, operator API, documents): {@code zhicheng.web} of
 * {@link ZhichengProperties}, with the defaults in the jar's application.yaml.
 *
 * @param maxRequestBody the largest request body accepted; the operator API takes small JSON only (a decision
 *                       with its 500-character note is well under 4 KB), so anything near this is not a client of ours
 * @param login          how failed logins slow down further attempts
 */
public record WebProperties(DataSize maxRequestBody, Login login) {

    /**
     * Failed logins are counted per user name from one address (user-free-failures) and per user name from any
     * address (user-any-address-free-failures, more: a guesser elsewhere does not lock the user out of the office
     * at once). Never per address alone: behind the TLS proxy every user shares its address, and a lock of the
     * address would let anyone lock the whole office out. Past the free failures each further failure doubles
     * the wait before the next attempt is even checked (first-delay, 2 x, 4 x … up to max-delay: a temporary
     * lock); a count is forgotten forget-after its last failure, and the user's counts on a successful login.
     */
    public record Login(int userFreeFailures,
                        int userAnyAddressFreeFailures,
                        Duration firstDelay,
                        Duration maxDelay,
                        Duration forgetAfter) {
        public Login {
            require(firstDelay != null && maxDelay != null && forgetAfter != null, "zhicheng.web.login.*");
            require(userFreeFailures >= 1 && userAnyAddressFreeFailures >= userFreeFailures,
                    "zhicheng.web.login.user-free-failures at least 1, user-any-address-free-failures at least as many");
            require(!firstDelay.isNegative() && !firstDelay.isZero() && !maxDelay.minus(firstDelay).isNegative(),
                    "zhicheng.web.login.first-delay positive and at most max-delay");
            require(forgetAfter.compareTo(maxDelay) >= 0, "zhicheng.web.login.forget-after at least max-delay");
        }
    }

    public WebProperties {
        require(maxRequestBody != null && login != null, "zhicheng.web.max-request-body and zhicheng.web.login.*");
        require(maxRequestBody.toBytes() >= 1024, "zhicheng.web.max-request-body at least 1KB");
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("Missing or invalid configuration: " + what);
        }
    }
}
