package gx.zhicheng.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import gx.zhicheng.mocks.FixedClock;
import gx.zhicheng.mocks.MockedProvince;
import gx.zhicheng.runs.SyncRuns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Each remote system failing in the ways the contract allows, injected with WireMock faults and stateful
 * scenarios on top of the mocks of mocks/: what lands on the platform in the end, and what becomes a dead letter.
 * Every test starts on a fresh database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(FixedClock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class FaultInjectionTest {

    private static final String PRE_REVIEW = "/api/v1/declarations/.+/pre-review";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        MockedProvince.register(registry);
        registry.add("zhicheng.platform.max-requests-per-second", () -> "1000");
        registry.add("camel.component.http.so-timeout", () -> "1000");
        registry.add("camel.component.http.response-timeout", () -> "1000");
    }

    @Autowired
    SyncLauncher launcher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private final WireMockServer mock = MockedProvince.server();
    private final List<StubMapping> injected = new ArrayList<>();
    private static int expectedVerdicts;

    @BeforeEach
    void resetJournal() throws Exception {
        mock.resetRequests();
        mock.resetScenarios();
        expectedVerdicts = (int) SampleExpectations.load().values().stream().filter(SampleExpectations::getsVerdict).count();
    }

    @AfterEach
    void removeInjectedFaults() {
        injected.forEach(mock::removeStub);
        injected.clear();
        mock.resetScenarios();
    }

    /** A stub that answers the first {@code times} matching calls with the fault, then steps aside. */
    private void failFirst(int times, java.util.function.Supplier<MappingBuilder> request,
                           com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder fault) {
        String scenario = "fault-" + injected.size();
        for (int i = 0; i < times; i++) {
            injected.add(mock.stubFor(request.get().atPriority(1).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "failed-" + i)
                    .willSetStateTo("failed-" + (i + 1))
                    .willReturn(fault)));
        }
    }

    private int pushedDeclarations() {
        return (int) mock.findAll(putRequestedFor(urlPathMatching(PRE_REVIEW))).stream()
                .filter(r -> r.getHeader("Idempotency-Key") != null)
                .map(r -> r.getUrl()).distinct().count();
    }

    private int sentPushes() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE state = 'SENT'", Integer.class);
    }

    /** The named fault scenarios of mocks/scenarios/ that a retrying client rides out. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "rate-limited", "platform-unavailable", "connection-reset", "slow-response", "si-feed-unavailable"})
    void everyVerdictLandsThroughTheNamedScenario(String scenario) {
        MockedProvince.scenario(scenario);

        SyncRuns.Run run = launcher.runNow("TEST", null);

        assertThat(run.state()).isEqualTo("SUCCEEDED");
        assertThat(sentPushes()).isEqualTo(expectedVerdicts);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter", Integer.class)).isZero();
    }

    @Test
    void siFeedResetTwiceThenAnswersAndEveryVerdictLands() {
        failFirst(2, () -> post(urlPathEqualTo("/si/v1/contributions:query")), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        SyncRuns.Run run = launcher.runNow("TEST", null);

        assertThat(run.state()).isEqualTo("SUCCEEDED");
        assertThat(sentPushes()).isEqualTo(expectedVerdicts);
    }

    @Test
    void ceFeedRateLimitedWithRetryAfterThenAnswers() {
        failFirst(1, () -> post(urlPathEqualTo("/ce/v1/records:query")),
                aResponse().withStatus(429).withHeader("Retry-After", "1").withBody("{\"error\":\"rate limited\"}"));

        SyncRuns.Run run = launcher.runNow("TEST", null);

        assertThat(run.state()).isEqualTo("SUCCEEDED");
        assertThat(sentPushes()).isEqualTo(expectedVerdicts);
    }

    @Test
    void slowSiAnswerPastTheTimeoutIsRetried() {
        failFirst(1, () -> post(urlPathEqualTo("/si/v1/contributions:query")),
                aResponse().withStatus(200).withFixedDelay(2500).withBody("{\"results\":[]}"));

        SyncRuns.Run run = launcher.runNow("TEST", null);

        assertThat(run.state()).isEqualTo("SUCCEEDED");
        assertThat(sentPushes()).isEqualTo(expectedVerdicts);
    }

    @Test
    void listingWithMalformedChunkAndEmptyResponseThenAnswers() {
        failFirst(2, () -> get(urlPathEqualTo("/api/v1/declarations")), aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

        SyncRuns.Run run = launcher.runNow("TEST", null);

        assertThat(run.state()).isEqualTo("SUCCEEDED");
        assertThat(sentPushes()).isEqualTo(expectedVerdicts);
    }

    @Test
    void tokenEndpointEmptyResponseOnceThenIssues() {
        failFirst(1, () -> post(urlPathEqualTo("/oauth/token")), aResponse().withFault(Fault.EMPTY_RESPONSE));

        SyncRuns.Run run = launcher.runNow("TEST", null);

        assertThat(run.state()).isEqualTo("SUCCEEDED");
        assertThat(sentPushes()).isEqualTo(expectedVerdicts);
    }

    @Test
    void pushFailingTwiceWith503LandsOnTheThirdAttemptWithTheSameKey() {
        failFirst(2, () -> put(urlPathEqualTo("/api/v1/declarations/GX2022-0001001/pre-review")),
                aResponse().withStatus(503).withBody("{\"error\":\"unavailable\"}"));

        SyncRuns.Run run = launcher.runNow("TEST", null);

        assertThat(run.state()).isEqualTo("SUCCEEDED");
        assertThat(sentPushes()).isEqualTo(expectedVerdicts);
        var attempts = mock.findAll(putRequestedFor(urlPathEqualTo("/api/v1/declarations/GX2022-0001001/pre-review")));
        assertThat(attempts).hasSize(3);
        assertThat(attempts.stream().map(r -> r.getHeader("Idempotency-Key")).distinct()).hasSize(1);
    }

    @Test
    void pushRefusedFor422BecomesADeadLetterAndTheRunGoesOn() {
        injected.add(mock.stubFor(put(urlPathEqualTo("/api/v1/declarations/GX2022-0001002/pre-review")).atPriority(1)
                .willReturn(aResponse().withStatus(422).withBody("{\"errors\":[\"findings[0].message: required\"]}"))));

        SyncRuns.Run run = launcher.runNow("TEST", null);

        assertThat(run.state()).isEqualTo("SUCCEEDED");
        assertThat(sentPushes()).isEqualTo(expectedVerdicts - 1);
        List<Map<String, Object>> dead = jdbc.queryForList(
                "SELECT d.response_status, d.response_body, d.reason, d.request_body, o.declaration_id, o.state FROM dead_letter d JOIN outbox o ON o.id = d.outbox_id");
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0)).containsEntry("declaration_id", "GX2022-0001002").containsEntry("state", "DEAD")
                .containsEntry("response_status", 422).containsEntry("reason", "HTTP 422");
        assertThat((String) dead.get(0).get("response_body")).contains("findings[0].message");
        assertThat((String) dead.get(0).get("request_body")).contains("\"declarationId\":\"GX2022-0001002\"");
        assertThat(mock.findAll(putRequestedFor(urlPathEqualTo("/api/v1/declarations/GX2022-0001002/pre-review")))).hasSize(1);
    }

    @Test
    void staleVersionPullsTheDeclarationAgainAndPushesTheNewVersion() throws Exception {
        MockedProvince.scenario("stale-version");

        SyncRuns.Run run = launcher.runNow("TEST", null);

        assertThat(run.state()).isEqualTo("SUCCEEDED");
        // pushes go out in parallel: the stale one is the push the province answered 409
        var stale = mock.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().matches(PRE_REVIEW) && e.getResponse().getStatus() == 409).toList();
        assertThat(stale).hasSize(1);
        String id = json.readTree(stale.get(0).getRequest().getBodyAsString()).get("declarationId").asText();
        var forIt = mock.findAll(putRequestedFor(urlPathMatching(PRE_REVIEW))).stream()
                .filter(p -> p.getUrl().contains(id))
                .sorted(java.util.Comparator.comparing(com.github.tomakehurst.wiremock.verification.LoggedRequest::getLoggedDate))
                .toList();
        assertThat(forIt).as("the stale push, then the push of the new version").hasSize(2);
        int newVersion = MockedProvince.province().declarations().find(id).orElseThrow().get("version").asInt();
        assertThat(json.readTree(forIt.get(1).getBodyAsString()).get("declarationVersion").asInt()).isEqualTo(newVersion);
        assertThat(jdbc.queryForObject("SELECT version FROM declaration WHERE declaration_id = ?", Integer.class, id))
                .isEqualTo(newVersion);
        assertThat(jdbc.queryForObject("SELECT state FROM outbox WHERE declaration_id = ? ORDER BY id LIMIT 1", String.class, id))
                .isEqualTo("SUPERSEDED");
        assertThat(sentPushes()).isEqualTo(expectedVerdicts);
    }

    @Test
    void tokenExpiringMidWalkIsFetchedAgainAndTheWalkGoesOn() {
        MockedProvince.scenario("token-expires-mid-walk");

        SyncRuns.Run run = launcher.runNow("TEST", null);

        assertThat(run.state()).isEqualTo("SUCCEEDED");
        assertThat(mock.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/oauth/token"))))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(sentPushes()).isEqualTo(expectedVerdicts);
    }

    @Test
    void declarationChangingMidWalkEndsReviewedAtItsNewVersion() {
        MockedProvince.scenario("declaration-changes-mid-walk");

        SyncRuns.Run run = launcher.runNow("TEST", null);

        assertThat(run.state()).isEqualTo("SUCCEEDED");
        // rules 2022.2: a verdict is owed to every version its unit recommended (a SUBMITTED one waits for its unit)
        List<Map<String, Object>> behind = jdbc.queryForList("""
                SELECT d.declaration_id FROM declaration d
                 WHERE d.status = 'UNIT_RECOMMENDED' AND NOT EXISTS (SELECT 1 FROM verdict v WHERE v.declaration_id = d.declaration_id
                                                                AND v.declaration_version = d.version)""");
        assertThat(behind).as("declarations without a verdict for their stored version").isEmpty();
        // the walk met the changed declaration twice, stored its newer version, and reviewed only that one
        assertThat(mock.findAll(putRequestedFor(urlPathMatching(PRE_REVIEW)))).hasSize(expectedVerdicts);
        assertThat(sentPushes()).isEqualTo(expectedVerdicts);
    }

    @Test
    void platformDownFailsTheRunAndKeepsNothingHalfDone() {
        injected.add(mock.stubFor(any(urlPathMatching("/api/v1/.*")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0"))));

        SyncRuns.Run run = launcher.runNow("TEST", null);

        assertThat(run.state()).isEqualTo("FAILED");
        assertThat(run.message()).contains("503");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox", Integer.class)).isZero();
        assertThat(pushedDeclarations()).isZero();
    }
}
