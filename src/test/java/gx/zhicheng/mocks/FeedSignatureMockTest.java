package gx.zhicheng.mocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The feeds refuse (401) what is not signed as feeds-api.yaml says, and answer one result per ID otherwise. */
class FeedSignatureMockTest extends MockTestSupport {

    static final String SI = "/si/v1/contributions:query";
    static final String QUERY = "{\"idNumbers\":[\"451402198806120489\",\"451402199901010000\"],\"fromMonth\":\"2022-01\",\"toMonth\":\"2022-06\"}";
    long now;

    @BeforeEach
    void readClock() {
        now = FixedClock.NOW.toEpochMilli();
    }

    @Test
    void reproducesTheContractsTestVector() {
        assertThat(FeedSignatures.sign("demo-secret", "POST", SI, "1655712000000", "n0nce0000000000000",
                "{\"idNumbers\":[]}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("59c21bb56ffc2b8c042c662356692fd7e8e4db7c0ae97b0b6c161bf5d6b34be1");
    }

    @Test
    void answersOneResultPerIdNumberWhenSigned() throws IOException {
        MockClient.Answer answer = client.feed(SI, QUERY);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode results = answer.json().get("results");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("found").asBoolean()).isTrue();
        assertThat(results.get(0).get("months")).hasSize(6);
        assertThat(results.get(1).get("found").asBoolean()).isFalse();
        assertThat(client.feed("/ce/v1/records:query", "{\"idNumbers\":[\"451402198806120489\"],\"years\":[2021]}")
                .json().get("results").get(0).get("years")).hasSize(1);
    }

    @Test
    void refusesAWrongSignature() throws IOException {
        MockClient.Answer answer = client.feed(SI, QUERY, now, "abcdefghijklmnop1234", "0".repeat(64));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("error").asText()).isEqualTo("invalid_signature");
    }

    @Test
    void refusesATimestampMoreThan300SecondsAway() throws IOException {
        assertThat(client.feed(SI, QUERY, now - 300_000, "abcdefghijklmnop0001", null).status()).isEqualTo(200);
        assertThat(client.feed(SI, QUERY, now + 300_000, "abcdefghijklmnop0002", null).status()).isEqualTo(200);

        MockClient.Answer old = client.feed(SI, QUERY, now - 301_000, "abcdefghijklmnop0003", null);
        MockClient.Answer future = client.feed(SI, QUERY, now + 301_000, "abcdefghijklmnop0004", null);

        assertThat(old.status()).isEqualTo(401);
        assertThat(old.json().get("error").asText()).isEqualTo("stale_timestamp");
        assertThat(future.status()).isEqualTo(401);
    }

    @Test
    void refusesANonceSeenInTheLastTenMinutes() throws IOException {
        assertThat(client.feed(SI, QUERY, now, "abcdefghijklmnop0005", null).status()).isEqualTo(200);

        MockClient.Answer replayed = client.feed(SI, QUERY, now, "abcdefghijklmnop0005", null);

        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.json().get("error").asText()).isEqualTo("nonce_reused");
    }

    @Test
    void signFeedRequestPrintsAWorkingCurlCommand() {
        String curl = SignFeedRequest.curl("http://localhost:8089", SI, "{\"idNumbers\":[]}", "demo-app", "demo-secret",
                1655712000000L, "n0nce0000000000000");

        assertThat(curl).contains("X-Signature: 59c21bb56ffc2b8c042c662356692fd7e8e4db7c0ae97b0b6c161bf5d6b34be1",
                "http://localhost:8089/si/v1/contributions:query");
    }
}
