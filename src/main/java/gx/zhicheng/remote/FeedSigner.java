package gx.zhicheng.remote;

import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.system.Hashing;
import gx.zhicheng.system.ZhichengProperties;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.camel.Exchange;

/**
 * Request signing of the data-sharing feeds (feeds-api.yaml): lowercase hex HMAC-SHA256 of
 * METHOD, PATH, X-Timestamp, X-Nonce and the body's SHA-256, joined by newlines.
 */
public final class FeedSigner {

    private static final char[] NONCE_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private FeedSigner() {}

    /** Adds the signature headers of feeds-api.yaml to the attempt {@link RemoteRequests} has just built. */
    public static void sign(Exchange exchange, ZhichengProperties.Feed feed, Clock clock) {
        RemoteRequest request = exchange.getProperty(FlowKeys.REMOTE_REQUEST, RemoteRequest.class);
        String fullPath = URI.create(feed.baseUrl()).getPath().replaceAll("/$", "") + request.path();
        String timestamp = Long.toString(clock.millis());
        String nonce = nonce();
        var message = exchange.getMessage();
        message.setHeader("X-App-Key", feed.appKey());
        message.setHeader("X-Timestamp", timestamp);
        message.setHeader("X-Nonce", nonce);
        message.setHeader("X-Signature", signature(feed.appSecret(), request.method(), fullPath, timestamp, nonce, request.body()));
    }

    static String signature(String appSecret, String method, String path, String timestamp, String nonce, byte[] body) {
        String canonical = method + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + Hashing.sha256Hex(body);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** A fresh nonce: 32 characters of [A-Za-z0-9], never reused within the feed's 10-minute window. */
    static String nonce() {
        char[] chars = new char[32];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = NONCE_ALPHABET[RANDOM.nextInt(NONCE_ALPHABET.length)];
        }
        return new String(chars);
    }
}
