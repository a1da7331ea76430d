package gx.zhicheng.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import gx.zhicheng.mocks.FixedClock;
import gx.zhicheng.mocks.MockedProvince;
import gx.zhicheng.sync.SyncLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** POST /api/ops/declarations/{id}/resync through the real route against the mocks of mocks/. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class ResyncFlowTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        OpsFixtures.registerSampleProvince(registry);
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    SyncLauncher launcher;
    @Autowired
    ObjectMapper json;

    private final WireMockServer mock = MockedProvince.server();
    private static boolean synced;

    @BeforeEach
    void syncOnce() {
        if (!synced) {
            assertThat(launcher.runNow("TEST", null).state()).isEqualTo("SUCCEEDED");
            synced = true;
        }
        mock.resetRequests();
    }

    private ResponseEntity<JsonNode> resync(String id, boolean dryRun) {
        return rest.withBasicAuth(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD)
                .postForEntity("/api/ops/declarations/" + id + "/resync?dryRun=" + dryRun, null, JsonNode.class);
    }

    @Test
    void dryRunAnswersTheVerdictAndPushesNothing() {
        ResponseEntity<JsonNode> answer = resync("GX2022-0001038", true);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().at("/verdict/outcome").asText()).isEqualTo("RETURN");
        assertThat(answer.getBody().at("/verdict/findings/0/rule").asText()).isEqualTo("PRIVATE_SI_CONTINUITY");
        assertThat(answer.getBody().get("pushed").asBoolean()).isFalse();
        assertThat(mock.findAll(putRequestedFor(urlPathEqualTo("/api/v1/declarations/GX2022-0001038/pre-review")))).isEmpty();
    }

    @Test
    void anUnchangedDeclarationIsReviewedAgainAndNothingIsPushed() {
        ResponseEntity<JsonNode> answer = resync("GX2022-0001001", false);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get("pushed").asBoolean()).isFalse();
        assertThat(mock.findAll(putRequestedFor(urlPathEqualTo("/api/v1/declarations/GX2022-0001001/pre-review")))).isEmpty();
    }

    @Test
    void aChangedDeclarationIsStoredReviewedAndPushed() {
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
    void anUnknownDeclarationIs404() {
        assertThat(resync("GX2022-9999999", false).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
