package gx.zhicheng.mocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault scenario of mocks/scenarios/ does what its description says, to a plain HTTP client. */
class FaultScenariosTest extends MockTestSupport {

    String token;

    @BeforeEach
    void signIn() throws IOException {
        token = client.token();
    }

    @Test
    void rateLimitedAnswers429WithRetryAfterOnce() throws IOException {
        ProvincialMocks.scenario(server, "rate-limited");

        MockClient.Answer limited = client.get("/api/v1/declarations", token);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.retryAfter()).isEqualTo("1");
        assertThat(client.get("/api/v1/declarations", token).status()).isEqualTo(200);
    }

    @Test
    void platformUnavailableAnswers503Once() throws IOException {
        ProvincialMocks.scenario(server, "platform-unavailable");

        assertThat(client.get("/api/v1/declarations", token).status()).isEqualTo(503);
        assertThat(client.get("/api/v1/declarations", token).status()).isEqualTo(200);
    }

    @Test
    void platformDownAnswers503UntilReset() throws IOException {
        ProvincialMocks.scenario(server, "platform-down");

        assertThat(client.tokenAnswer("demo-client", "demo-secret").status()).isEqualTo(503);
        assertThat(client.get("/api/v1/declarations", token).status()).isEqualTo(503);
        assertThat(client.get("/api/v1/declarations", token).status()).isEqualTo(503);

        ProvincialMocks.reset(server);

        assertThat(client.get("/api/v1/declarations", token).status()).isEqualTo(200);
    }

    @Test
    void connectionResetLeavesTheClientWithoutAnAnswerOnce() throws IOException {
        ProvincialMocks.scenario(server, "connection-reset");

        assertThatThrownBy(() -> client.get("/api/v1/declarations", token)).isInstanceOf(IOException.class);
        assertThat(client.get("/api/v1/declarations", token).status()).isEqualTo(200);
    }

    @Test
    void slowResponseOutlastsAShortTimeoutOnce() throws IOException {
        ProvincialMocks.scenario(server, "slow-response");
        client.withTimeout(Duration.ofMillis(1000));

        assertThatThrownBy(() -> client.get("/api/v1/declarations", token)).isInstanceOf(HttpTimeoutException.class);
        assertThat(client.get("/api/v1/declarations", token).status()).isEqualTo(200);
    }

    @Test
    void tokenExpiresMidWalk() throws IOException {
        ProvincialMocks.scenario(server, "token-expires-mid-walk");
        JsonNode first = client.get("/api/v1/declarations?limit=10", token).json();
        String second = "/api/v1/declarations?limit=10&cursor=" + URLEncoder.encode(first.get("nextCursor").asText(), StandardCharsets.UTF_8);

        assertThat(client.get(second, token).status()).isEqualTo(401);
        assertThat(client.get("/api/v1/declarations/GX2022-0001001", token).status()).as("the old token is dead").isEqualTo(401);
        assertThat(client.get(second, client.token()).status()).isEqualTo(200);
    }

    @Test
    void declarationChangesMidWalk() throws IOException {
        ProvincialMocks.scenario(server, "declaration-changes-mid-walk");

        List<JsonNode> items = new ArrayList<>();
        String query = "limit=10";
        while (query != null) {
            JsonNode page = client.get("/api/v1/declarations?" + query, token).json();
            page.get("items").forEach(items::add);
            query = page.get("nextCursor").isNull() ? null
                    : "limit=10&cursor=" + URLEncoder.encode(page.get("nextCursor").asText(), StandardCharsets.UTF_8);
        }

        String changed = items.get(0).get("declarationId").asText();
        List<JsonNode> versions = items.stream().filter(i -> i.get("declarationId").asText().equals(changed)).toList();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).get("version").asInt()).isEqualTo(versions.get(0).get("version").asInt() + 1);
        assertThat(items.get(items.size() - 1)).isEqualTo(versions.get(1));
    }

    @Test
    void staleVersionRefusesThePushWith409() throws IOException {
        ProvincialMocks.scenario(server, "stale-version");
        String path = "/api/v1/declarations/GX2022-0001001/pre-review";

        MockClient.Answer stale = client.put(path, token, "k-1", PushMockTest.verdict(1, "PASS"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(client.get("/api/v1/declarations/GX2022-0001001", token).json().get("version").asInt()).isEqualTo(2);
        assertThat(client.put(path, token, "k-2", PushMockTest.verdict(2, "PASS")).status()).isEqualTo(200);
    }

    @Test
    void siFeedUnavailableAnswers503Once() throws IOException {
        ProvincialMocks.scenario(server, "si-feed-unavailable");
        String query = "{\"idNumbers\":[],\"fromMonth\":\"2022-01\",\"toMonth\":\"2022-06\"}";

        assertThat(client.feed("/si/v1/contributions:query", query).status()).isEqualTo(503);
        assertThat(client.feed("/si/v1/contributions:query", query).status()).isEqualTo(200);
    }

    @Test
    void refusesAnUnknownScenario() {
        assertThatThrownBy(() -> ProvincialMocks.scenario(server, "meteor-strike"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rate-limited");
    }
}
