package gx.zhicheng.mocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PUT pre-review and POST integrity-archive: Idempotency-Key, stale versions, bodies that do not validate. */
class PushMockTest extends MockTestSupport {

    static final String PATH = "/api/v1/declarations/GX2022-0001001/pre-review";
    String token;

    @BeforeEach
    void signIn() throws IOException {
        token = client.token();
    }

    static String verdict(int version, String outcome) {
        return """
                {"declarationId":"GX2022-0001001","declarationVersion":%d,"outcome":"%s","findings":[],
                 "reviewedAt":"2022-08-01T10:00:00+08:00","rulesVersion":"2022.1"}""".formatted(version, outcome);
    }

    static String entry(String reason) {
        return """
                {"idNumber":"451402198806120489","name":"农丽清","declarationId":"GX2022-0001065","reason":"%s",
                 "recordedOn":"2022-08-01","expiresOn":"2025-08-01"}""".formatted(reason);
    }

    @Test
    void sameKeyAndSameBodyGetTheFirstReceipt() throws IOException {
        MockClient.Answer first = client.put(PATH, token, "k-1", verdict(1, "PASS"));
        MockClient.Answer again = client.put(PATH, token, "k-1", verdict(1, "PASS"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("receiptId")).isEqualTo(first.json().get("receiptId"));
        assertThat(client.put(PATH, token, "k-2", verdict(1, "PASS")).json().get("receiptId"))
                .isNotEqualTo(first.json().get("receiptId"));
    }

    @Test
    void sameKeyWithAnotherBodyIsRefused() throws IOException {
        client.put(PATH, token, "k-1", verdict(1, "PASS"));

        MockClient.Answer other = client.put(PATH, token, "k-1", verdict(1, "RETURN"));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("error").asText()).isEqualTo("idempotency_key_reused");
        assertThat(other.json().get("message").asText()).contains("k-1");
    }

    @Test
    void lowerVersionThanTheCurrentIsAConflict() throws IOException {
        ProvincialMocks.province(server).declarations().newVersion("GX2022-0001001");

        MockClient.Answer stale = client.put(PATH, token, "k-1", verdict(1, "PASS"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(client.put(PATH, token, "k-2", verdict(2, "PASS")).status()).isEqualTo(200);
    }

    @Test
    void refusesAnUnknownDeclarationABadBodyAndAMissingKey() throws IOException {
        assertThat(client.put("/api/v1/declarations/GX2099-0000001/pre-review", token, "k-1", verdict(1, "PASS")).status())
                .isEqualTo(404);
        MockClient.Answer invalid = client.put(PATH, token, "k-1", "{\"declarationId\":\"GX2022-0001001\",\"outcome\":\"MAYBE\"}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("fields").toString()).contains("declarationVersion: required", "outcome: one of");
        assertThat(client.put(PATH, token, "", verdict(1, "PASS")).status()).isEqualTo(400);
    }

    @Test
    void archiveEntryIsCreatedOnceAndReadBack() throws IOException {
        MockClient.Answer created = client.post("/api/v1/integrity-archive", token, "ia-1", entry("虚假材料"));
        MockClient.Answer again = client.post("/api/v1/integrity-archive", token, "ia-1", entry("虚假材料"));
        MockClient.Answer other = client.post("/api/v1/integrity-archive", token, "ia-1", entry("另一原因"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("entryId")).isEqualTo(created.json().get("entryId"));
        assertThat(other.status()).isEqualTo(422);
        MockClient.Answer read = client.get("/api/v1/integrity-archive?idNumber=451402198806120489", token);
        assertThat(read.json().get("entries")).hasSize(1);
        assertThat(read.json().get("entries").get(0).get("entryId")).isEqualTo(created.json().get("entryId"));
    }

    @Test
    void archiveHoldsTheStaticEntries() throws IOException {
        assertThat(client.get("/api/v1/integrity-archive?idNumber=451402198509160951", token).json().get("entries")).hasSize(1);
        assertThat(client.get("/api/v1/integrity-archive?idNumber=451402198806120489", token).json().get("entries")).isEmpty();
    }
}
