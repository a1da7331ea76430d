package gx.zhicheng.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.flow.FlowGateway;
import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.system.ZhichengProperties;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * The office's OAuth2 client-credentials token, cached until shortly before it expires, fetched again
 * through the {@code fetch-platform-token} route when missing, expiring, or refused with 401.
 */
@Component
public class PlatformToken {

    private record Token(String value, Instant refreshAfter) {}

    private final FlowGateway flow;
    private final ObjectMapper json;
    private final ZhichengProperties.Platform platform;
    private final Clock clock;
    private Token token;

    PlatformToken(FlowGateway flow, ObjectMapper json, ZhichengProperties properties, Clock clock) {
        this.flow = flow;
        this.json = json;
        this.platform = properties.platform();
        this.clock = clock;
    }

    /**
     * Sets the Authorization header of one attempt of a platform call that asks for the token: the current
     * token, a new one after a 401 made {@link #invalidate} forget it.
     */
    public void authorize(Exchange exchange) {
        RemoteRequest request = exchange.getProperty(FlowKeys.REMOTE_REQUEST, RemoteRequest.class);
        if (request != null && request.credentials() == RemoteRequest.Credentials.BEARER_TOKEN) {
            exchange.getMessage().setHeader("Authorization", "Bearer " + current());
        }
    }

    /** The token request (route fetch-platform-token): the client credentials go in the form, never in a log. */
    public void request(Exchange exchange) {
        exchange.setProperty(FlowKeys.REMOTE_REQUEST, RemoteRequest.form("/oauth/token", requestForm()));
    }

    /** Forgets the token after a 401, so that the next call fetches a new one. */
    public synchronized void invalidate() {
        token = null;
    }

    private String requestForm() {
        return "grant_type=client_credentials&client_id=" + encode(platform.clientId())
                + "&client_secret=" + encode(platform.clientSecret());
    }

    private synchronized String current() {
        if (token == null || clock.instant().isAfter(token.refreshAfter())) {
            String body;
            try {
                body = flow.send("direct:fetch-platform-token", Map.of()).getMessage().getBody(String.class);
            } catch (CamelExecutionException e) {
                // the token call has had its retries; the platform call waiting for it must not retry them again
                throw new RemoteFailures.RetriesSpent("platform token", e.getCause() != null ? e.getCause() : e);
            }
            token = parse(body);
        }
        return token.value();
    }

    private Token parse(String body) {
        try {
            JsonNode node = json.readTree(body);
            String value = node.path("access_token").asText(null);
            long expiresIn = node.path("expires_in").asLong(0);
            if (value == null || value.isBlank() || expiresIn <= 0) {
                throw new IllegalStateException("token answer lacks access_token or expires_in");
            }
            long margin = Math.min(platform.tokenRefreshMargin().toSeconds(), expiresIn / 2);
            return new Token(value, clock.instant().plusSeconds(expiresIn - margin));
        } catch (IOException e) {
            throw new IllegalStateException("token answer is not JSON", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
