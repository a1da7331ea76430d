package gx.zhicheng.mocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** POST /oauth/token and the Bearer token every /api/v1 call needs. */
class TokenMockTest extends MockTestSupport {


    @Test
    void issuesAFreshTokenWithTheDefaultLifetime() throws Exception {
        MockClient.Answer answer = client.tokenAnswer("demo-client", "demo-secret");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(answer.json().get("expires_in").asInt()).isEqualTo(3600);
        assertThat(answer.json().get("access_token").asText()).isNotEqualTo(client.token());
    }

    @Test
    void refusesABadClient() throws Exception {
        assertThat(client.tokenAnswer("demo-client", "wrong").status()).isEqualTo(401);
        assertThat(client.tokenAnswer("someone", "demo-secret").status()).isEqualTo(401);
    }

    @Test
    void refusesTheApiWithoutAValidToken() throws Exception {
        assertThat(client.get("/api/v1/declarations", null).status()).isEqualTo(401);
        assertThat(client.get("/api/v1/declarations", "demo-token").status()).isEqualTo(401);
        assertThat(client.get("/api/v1/declarations", client.token()).status()).isEqualTo(200);
    }

    @Test
    void tokenExpiresAfterItsLifetime() throws Exception {
        String token = client.token();
        ProvincialMocks.province(server).clock().advance(Duration.ofSeconds(3599));
        assertThat(client.get("/api/v1/declarations/GX2022-0001001", token).status()).isEqualTo(200);

        ProvincialMocks.province(server).clock().advance(Duration.ofSeconds(1));

        assertThat(client.get("/api/v1/declarations/GX2022-0001001", token).status()).isEqualTo(401);
        assertThat(client.get("/api/v1/declarations/GX2022-0001001", client.token()).status()).isEqualTo(200);
    }
}
