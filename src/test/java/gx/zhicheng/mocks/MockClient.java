package gx.zhicheng.mocks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/** A plain HTTP client of the mocks for the tests of the mocks themselves: what a curl user would do. */
public final class MockClient {

    /** One answer: status, Retry-After when present, body. */
    public record Answer(int status, String retryAfter, String body) {
        public JsonNode json() {
            try {
                return Answers.JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Clock clock;
    private Duration timeout = Duration.ofSeconds(10);

    public MockClient(int port, Clock clock) {
        this.base = "http://127.0.0.1:" + port;
        this.clock = clock;
    }

    public MockClient withTimeout(Duration value) {
        timeout = value;
        return this;
    }

    public String token() throws IOException {
        return tokenAnswer("demo-client", "demo-secret").json().get("access_token").asText();
    }

    public Answer tokenAnswer(String clientId, String secret) throws IOException {
        return send(request("/oauth/token").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(body("grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret)));
    }

    public Answer get(String url, String token) throws IOException {
        return send(authorized(request(url), token).GET());
    }

    public Answer put(String url, String token, String idempotencyKey, String json) throws IOException {
        return send(authorized(request(url), token).header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/json").PUT(body(json)));
    }

    public Answer post(String url, String token, String idempotencyKey, String json) throws IOException {
        return send(authorized(request(url), token).header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/json").POST(body(json)));
    }

    /** A feed query signed as the contract says, with the mocks' clock and a fresh nonce. */
    public Answer feed(String path, String json) throws IOException {
        return feed(path, json, clock.millis(), UUID.randomUUID().toString().replace("-", ""), null);
    }

    /** A feed query with a given timestamp and nonce; a non-null signature replaces the right one. */
    public Answer feed(String path, String json, long millis, String nonce, String signature) throws IOException {
        String timestamp = Long.toString(millis);
        String signed = signature != null ? signature
                : FeedSignatures.sign("demo-secret", "POST", path, timestamp, nonce, json.getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "application/json").header("X-App-Key", "demo-app")
                .header("X-Timestamp", timestamp).header("X-Nonce", nonce).header("X-Signature", signed).POST(body(json)));
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(base + url)).timeout(timeout);
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static HttpRequest.BodyPublisher body(String text) {
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    private Answer send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
