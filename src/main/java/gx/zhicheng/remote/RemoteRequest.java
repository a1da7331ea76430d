package gx.zhicheng.remote;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request to a remote system, built in one place by the bean that needs it (the listing page, a push, a
 * feed query, the token): method, path, query, the headers the contract asks for, and the body. The call
 * routes turn it into the HTTP message afresh for every attempt and add what must be new each time: the
 * office's current token ({@link Credentials#BEARER_TOKEN}) or a new timestamp, nonce and signature
 * ({@link Credentials#FEED_SIGNATURE}).
 */
public record RemoteRequest(String method, String path, String query, Map<String, String> headers, byte[] body,
                            Credentials credentials) {

    public enum Credentials { NONE, BEARER_TOKEN, FEED_SIGNATURE }

    public RemoteRequest {
        headers = Map.copyOf(headers);
    }

    /** A GET of the platform with the office's token; query already encoded, or null. */
    public static RemoteRequest platformGet(String path, String query) {
        return new RemoteRequest("GET", path, query, Map.of(), null, Credentials.BEARER_TOKEN);
    }

    /** A JSON write to the platform with the office's token and the given extra headers (Idempotency-Key). */
    public static RemoteRequest platformJson(String method, String path, String json, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", "application/json");
        return new RemoteRequest(method, path, null, all, json.getBytes(StandardCharsets.UTF_8), Credentials.BEARER_TOKEN);
    }

    /** A signed JSON query of a data feed (POST). */
    public static RemoteRequest feedQuery(String path, byte[] json) {
        return new RemoteRequest("POST", path, null, Map.of("Content-Type", "application/json"), json, Credentials.FEED_SIGNATURE);
    }

    /** A form POST without credentials in headers (the token request carries its own in the form). */
    public static RemoteRequest form(String path, String form) {
        return new RemoteRequest("POST", path, null, Map.of("Content-Type", "application/x-www-form-urlencoded"),
                form.getBytes(StandardCharsets.UTF_8), Credentials.NONE);
    }
}
