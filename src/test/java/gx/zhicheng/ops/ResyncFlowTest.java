package gx.zhicheng.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.mocks.MockedProvince;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** POST /api/ops/declarations/{id}/resync through the real route against the mocks of mocks/. */
class ResyncFlowTest extends AfterSampleSync {

    /** The answer as the adapter's JSON (Jackson 2): the test client's converters are Spring's Jackson 3. */
    private ResponseEntity<JsonNode> resync(String id, boolean dryRun) throws JsonProcessingException {
        ResponseEntity<String> answer = rest.withBasicAuth(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD)
                .postForEntity("/api/ops/declarations/" + id + "/resync?dryRun=" + dryRun, null, String.class);
        return ResponseEntity.status(answer.getStatusCode()).body(new ObjectMapper().readTree(answer.getBody()));
    }

    @Test
    void dryRunAnswersTheVerdictAndPushesNothing() throws JsonProcessingException {
        ResponseEntity<JsonNode> answer = resync("GX2022-0001038", true);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().at("/verdict/outcome").asText()).isEqualTo("RETURN");
        assertThat(answer.getBody().at("/verdict/findings/0/rule").asText()).isEqualTo("PRIVATE_SI_CONTINUITY");
        assertThat(answer.getBody().get("pushed").asBoolean()).isFalse();
        assertThat(mock.findAll(putRequestedFor(urlPathEqualTo("/api/v1/declarations/GX2022-0001038/pre-review")))).isEmpty();
    }

    @Test
    void anUnchangedDeclarationIsReviewedAgainAndNothingIsPushed() throws JsonProcessingException {
        ResponseEntity<JsonNode> answer = resync("GX2022-0001001", false);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get("pushed").asBoolean()).isFalse();
        assertThat(mock.findAll(putRequestedFor(urlPathEqualTo("/api/v1/declarations/GX2022-0001001/pre-review")))).isEmpty();
    }

    @Test
    void aChangedDeclarationIsStoredReviewedAndPushed() throws JsonProcessingException {
        String id = "GX2022-0001002";
        int newVersion = MockedProvince.province().declarations().newVersion(id);

        ResponseEntity<JsonNode> answer = resync(id, false);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get("version").asInt()).isEqualTo(newVersion);
        assertThat(answer.getBody().at("/verdict/declarationVersion").asInt()).isEqualTo(newVersion);
        assertThat(answer.getBody().get("pushed").asBoolean()).isTrue();
        assertThat(mock.findAll(putRequestedFor(urlPathEqualTo("/api/v1/declarations/" + id + "/pre-review")))).hasSize(1);
    }

    @Test
    void anUnknownDeclarationIs404() throws JsonProcessingException {
        assertThat(resync("GX2022-9999999", false).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
