package gx.zhicheng.mocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The standalone command's start-up (what main runs before it waits), and the admin call that selects a scenario. */
class StandaloneMocksTest {

    WireMockServer server;

    @AfterEach
    void stop() {
        ProvincialMocks.stop(server);
    }

    @Test
    void startsWithAScenarioAndDescribesItsEndpoints() throws IOException {
        server = StandaloneMocks.start("--port", "0", "--scenario", "rate-limited", "--token-ttl", "60");
        MockClient client = new MockClient(server.port(), Clock.systemUTC());
        String token = client.token();

        assertThat(StandaloneMocks.describe(server)).contains("/oauth/token", "/si/v1/contributions:query",
                "token-expires-mid-walk", "Scenarios on: [rate-limited]");
        assertThat(client.tokenAnswer("demo-client", "demo-secret").json().get("expires_in").asInt()).isEqualTo(60);
        assertThat(client.get("/api/v1/declarations", token).status()).isEqualTo(429);
        assertThat(client.get("/api/v1/declarations", token).status()).isEqualTo(200);
        assertThat(client.feed("/ce/v1/records:query", "{\"idNumbers\":[],\"years\":[2022]}").status())
                .as("signed with the system clock").isEqualTo(200);
    }

    @Test
    void adminCallTurnsAScenarioOn() throws Exception {
        server = StandaloneMocks.start("--port", "0");
        MockClient client = new MockClient(server.port(), Clock.systemUTC());
        String token = client.token();

        HttpResponse<String> on = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/__admin/province/scenarios/platform-unavailable"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(on.statusCode()).isEqualTo(200);
        assertThat(client.get("/api/v1/declarations", token).status()).isEqualTo(503);
    }
}
