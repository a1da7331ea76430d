package gx.zhicheng.mocks;

import com.github.tomakehurst.wiremock.http.Request;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The request signing of feeds-api.yaml, both ways: {@link #sign} for clients (SignFeedRequest, tests) and
 * {@link #reject} for the mocked feeds, which refuse an unknown app key, a bad signature, a timestamp more than
 * 300 s from their clock and a nonce seen in the last 10 minutes.
 */
public final class FeedSignatures {

    static final Duration TIMESTAMP_WINDOW = Duration.ofSeconds(300);
    static final Duration NONCE_MEMORY = Duration.ofMinutes(10);

    private final Map<String, String> secrets;
    private final Clock clock;
    private final Map<String, Instant> nonces = new ConcurrentHashMap<>();

    FeedSignatures(Map<String, String> secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Lowercase hex HMAC-SHA256(appSecret, METHOD\nPATH\nX-Timestamp\nX-Nonce\nhex SHA-256(body)). */
    public static String sign(String appSecret, String method, String path, String timestamp, String nonce, byte[] body) {
        try {
            String canonical = method + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n"
                    + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 and HmacSHA256 are part of every JDK", e);
        }
    }

    /** Why the request must be refused with 401, or empty when it is signed as the contract says. */
    Optional<String> reject(Request request) {
        String appKey = request.getHeader("X-App-Key");
        String timestamp = request.getHeader("X-Timestamp");
        String nonce = request.getHeader("X-Nonce");
        String signature = request.getHeader("X-Signature");
        String secret = appKey == null ? null : secrets.get(appKey);
        if (secret == null) {
            return Optional.of("unknown_app_key");
        }
        if (timestamp == null || !timestamp.matches("\\d{1,15}") || nonce == null || !nonce.matches("[A-Za-z0-9]{16,64}")
                || signature == null) {
            return Optional.of("malformed_signature_headers");
        }
        Instant now = clock.instant();
        if (Duration.between(Instant.ofEpochMilli(Long.parseLong(timestamp)), now).abs().compareTo(TIMESTAMP_WINDOW) > 0) {
            return Optional.of("stale_timestamp");
        }
        String path = request.getUrl().replaceFirst("\\?.*$", "");
        String expected = sign(secret, request.getMethod().getName(), path, timestamp, nonce, request.getBody());
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("invalid_signature");
        }
        nonces.values().removeIf(seen -> seen.isBefore(now.minus(NONCE_MEMORY)));
        Instant before = nonces.putIfAbsent(appKey + ":" + nonce, now);
        if (before != null) {
            return Optional.of("nonce_reused");
        }
        return Optional.empty();
    }

    void reset() {
        nonces.clear();
    }
}
