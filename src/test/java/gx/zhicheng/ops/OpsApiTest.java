package gx.zhicheng.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import gx.zhicheng.mocks.MockedProvince;
import gx.zhicheng.review.NoSuchDeclaration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The operator API over real HTTP on a real (private) database, with a platform whose listing is empty and
 * answers slowly, so that a sync is running long enough to be asked for twice.
 */
@AutoConfigureTestRestTemplate
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMetrics // tests turn metrics export off by default; the prometheus endpoint needs it
class OpsApiTest {

    private static final WireMockServer PLATFORM = startPlatform();
    private static final String KNOWN = "GX-T-0000001";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        MockedProvince.registerPlatform(registry, "http://127.0.0.1:" + PLATFORM.port());
        OpsFixtures.registerUsers(registry);
    }

    private static WireMockServer startPlatform() {
        WireMockServer server = MockedProvince.platformWithToken();
        server.stubFor(get(urlPathEqualTo("/api/v1/declarations")).willReturn(aResponse().withFixedDelay(1500)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[],\"nextCursor\":null}")));
        return server;
    }

    /** The operator side alone: the re-sync route (tested in ResyncFlowTest) replaced by a stub that knows one declaration. */
    @TestConfiguration
    static class StubResync {
        @Bean
        @org.springframework.context.annotation.Primary
        DeclarationResync declarationResync(ObjectMapper json) {
            return (id, dryRun) -> {
                if (!id.equals(KNOWN)) {
                    throw new NoSuchDeclaration(id);
                }
                return new ResyncResult(id, 2, json.createObjectNode().put("outcome", "PASS"), !dryRun);
            };
        }
    }

    private final TestRestTemplate rest;
    private final OpsFixtures fixtures;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    OpsApiTest(TestRestTemplate rest, JdbcTemplate jdbc) {
        this.rest = rest;
        this.jdbc = jdbc;
        this.fixtures = new OpsFixtures(jdbc);
    }

    @BeforeEach
    void knownDeclaration() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM declaration WHERE declaration_id = ?", Integer.class, KNOWN) == 0) {
            fixtures.declaration(KNOWN, 1, "黄丽娟");
            jdbc.update("INSERT INTO sync_run (kind, state, started_at) VALUES ('MANUAL', 'SUCCEEDED', CURRENT_TIMESTAMP)");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> !fixtures.syncRunning());
    }

    static Stream<String> reads() {
        return Stream.of("/api/ops/runs", "/api/ops/runs/1", "/api/ops/declarations/" + KNOWN, "/api/ops/verifications",
                "/api/ops/dead-letters", "/api/ops/me", "/actuator/prometheus", "/v3/api-docs", "/api/ops/statistics?year=2022",
                "/api/ops/statistics.csv?year=2022", "/api/ops/calendar");
    }

    @ParameterizedTest
    @MethodSource("reads")
    void readsNeedALoginAndAnyRole(String path) {
        ResponseEntity<String> anonymous = rest.getForEntity(path, String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(rest.withBasicAuth(OpsFixtures.VIEWER, "wrong").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD).getForEntity(path, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD).getForEntity(path, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    static Stream<Arguments> actions() {
        return Stream.of(
                Arguments.of("/api/ops/sync", HttpStatus.ACCEPTED),
                Arguments.of("/api/ops/declarations/" + KNOWN + "/resync", HttpStatus.OK),
                Arguments.of("/api/ops/declarations/" + KNOWN + "/resync?dryRun=true", HttpStatus.OK),
                Arguments.of("/api/ops/dead-letters/{deadLetter}/retry", HttpStatus.ACCEPTED));
    }

    @ParameterizedTest
    @MethodSource("actions")
    void actionsNeedTheOperatorRole(String path, HttpStatus done) {
        String target = path.replace("{deadLetter}", String.valueOf(fixtures.deadLetter(KNOWN, "key-" + System.nanoTime())));
        assertThat(post(rest, target).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> viewer = post(rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD), target);
        assertThat(viewer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(viewer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(post(operator(), target).getStatusCode()).isEqualTo(done);
    }

    @Test
    void answersTheRunningRunWhenASecondSyncIsAsked() throws Exception {
        ResponseEntity<String> first = post(operator(), "/api/ops/sync");
        ResponseEntity<String> second = post(operator(), "/api/ops/sync");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        long runId = json.readTree(first.getBody()).get("runId").asLong();
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        JsonNode problem = json.readTree(second.getBody());
        assertThat(problem.get("runId").asLong()).isEqualTo(runId);
        assertThat(problem.get("status").asInt()).isEqualTo(409);

        await().atMost(Duration.ofSeconds(20)).until(() -> state(runId).equals("SUCCEEDED"));
    }

    @Test
    void startsFromTheGivenMomentAndRefusesAMalformedOne() throws Exception {
        ResponseEntity<String> malformed = post(operator(), "/api/ops/sync?since=yesterday");
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(malformed.getBody()).get("detail").asText()).contains("ISO-8601");

        ResponseEntity<String> started = post(operator(), "/api/ops/sync?since=1970-01-01T00:00:00Z");
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        long runId = json.readTree(started.getBody()).get("runId").asLong();
        JsonNode run = read("/api/ops/runs/" + runId);
        assertThat(run.get("kind").asText()).isEqualTo("MANUAL");
        assertThat(run.get("since").asText()).startsWith("1970-01-01T08:00");
        assertThat(run.has("pulled")).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> state(runId).equals("SUCCEEDED"));
        assertThat(read("/api/ops/runs").get(0).get("runId").asLong()).isEqualTo(runId);
    }

    @Test
    void answers404ForAnUnknownRunOrDeclaration() throws Exception {
        for (String path : List.of("/api/ops/runs/999999", "/api/ops/declarations/GX-NOBODY")) {
            ResponseEntity<String> answer = operator().getForEntity(path, String.class);
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        }
        ResponseEntity<String> resync = post(operator(), "/api/ops/declarations/GX-NOBODY/resync");
        assertThat(resync.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(resync.getBody()).get("declarationId").asText()).isEqualTo("GX-NOBODY");
    }

    @Test
    void showsADeclarationWithItsVerdictsPushesAndParkedVersions() {
        String id = "GX-T-0000010";
        fixtures.declaration(id, 2, "覃海燕");
        long older = fixtures.verdict(id, 1, "RETURN", List.<String[]>of(new String[] {"WORK_HISTORY_MISSING", "RETURN"}));
        long newer = fixtures.verdict(id, 2, "VERIFY", List.<String[]>of(new String[] {"SI_RECORD_NOT_FOUND", "VERIFY"}));
        fixtures.push(id, older, "pr-" + id + "-v1", "SENT");
        fixtures.push(id, newer, "pr-" + id + "-v2", "PENDING");
        fixtures.parked(id, 3);

        JsonNode view = read("/api/ops/declarations/" + id);

        assertThat(view.get("version").asInt()).isEqualTo(2);
        assertThat(view.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(view.get("reviewState").asText()).isEqualTo("REVIEWED");
        assertThat(view.at("/payload/applicant/name").asText()).isEqualTo("覃海燕");
        assertThat(view.at("/verdicts/0/id").asLong()).isEqualTo(newer);
        assertThat(view.at("/verdicts/0/body/findings/0/rule").asText()).isEqualTo("SI_RECORD_NOT_FOUND");
        assertThat(view.at("/verdicts/1/outcome").asText()).isEqualTo("RETURN");
        assertThat(view.at("/pushes/0/state").asText()).isEqualTo("PENDING");
        assertThat(view.at("/pushes/1/state").asText()).isEqualTo("SENT");
        assertThat(view.at("/pushes/1/idempotencyKey").asText()).isEqualTo("pr-" + id + "-v1");
        assertThat(view.at("/pushes/1/receipt").asText()).isEqualTo("R-pr-" + id + "-v1");
        assertThat(view.at("/pushes/1/sentAt").isTextual()).isTrue();
        assertThat(view.at("/parked/0/version").asInt()).isEqualTo(3);
        assertThat(view.at("/parked/0/reason").asText()).contains("SUPREME");
    }

    @Test
    void queuesOnlyTheVerifyFindingsOfTheLatestVerdict() {
        String waiting = "GX-T-0000020";
        String settled = "GX-T-0000021";
        fixtures.declaration(waiting, 1, "农秀梅");
        fixtures.declaration(settled, 1, "黄志强");
        fixtures.verdict(waiting, 1, "VERIFY", List.of(new String[] {"CIVIL_SERVANT", "VERIFY"},
                new String[] {"PRIOR_YEAR_CE_HOURS_LOW", "INFO"}, new String[] {"SI_RECORD_NOT_FOUND", "VERIFY"}));
        fixtures.verdict(settled, 1, "VERIFY", List.<String[]>of(new String[] {"CIVIL_SERVANT", "VERIFY"}));
        fixtures.verdict(settled, 1, "PASS", List.of());

        JsonNode queue = read("/api/ops/verifications");

        List<JsonNode> mine = queue.findParents("declarationId").stream()
                .filter(n -> n.get("declarationId").asText().startsWith("GX-T-000002")).toList();
        assertThat(mine).hasSize(1);
        JsonNode entry = mine.get(0);
        assertThat(entry.get("declarationId").asText()).isEqualTo(waiting);
        assertThat(entry.get("applicantName").asText()).isEqualTo("农秀梅");
        assertThat(entry.get("version").asInt()).isEqualTo(1);
        assertThat(entry.at("/findings").size()).isEqualTo(2);
        assertThat(entry.at("/findings/0/rule").asText()).isEqualTo("CIVIL_SERVANT");
        assertThat(entry.at("/findings/0/message").asText()).isEqualTo("核实 CIVIL_SERVANT");
        assertThat(entry.at("/findings/0/evidence/siMonths").asInt()).isEqualTo(12);
    }

    @Test
    void theConsolesPagesCarryACursorAndTheTotalAndFilterInTheDatabase() {
        for (int i = 0; i < 3; i++) {
            String id = "GX-T-000005" + i;
            fixtures.declaration(id, 1, "页" + i);
            fixtures.verdict(id, 1, "VERIFY", List.<String[]>of(new String[] {i == 1 ? "CIVIL_SERVANT" : "SI_RECORD_NOT_FOUND", "VERIFY"}));
        }
        JsonNode first = read("/api/ops/verifications/page?limit=1&rule=SI_RECORD_NOT_FOUND");
        assertThat(first.get("items").size()).isEqualTo(1);
        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(first.get("nextCursor").isTextual()).isTrue();
        JsonNode second = read("/api/ops/verifications/page?limit=1&rule=SI_RECORD_NOT_FOUND&cursor=" + first.get("nextCursor").asText());
        assertThat(second.hasNonNull("total")).isFalse(); // counted on the first page only
        assertThat(second.at("/items/0/declarationId").asText()).isNotEqualTo(first.at("/items/0/declarationId").asText());
        assertThat(second.at("/items/0/findings/0/rule").asText()).isEqualTo("SI_RECORD_NOT_FOUND");
        // the old list takes the same filters
        assertThat(read("/api/ops/verifications?rule=CIVIL_SERVANT").findValuesAsText("declarationId")).contains("GX-T-0000051")
                .doesNotContain("GX-T-0000050", "GX-T-0000052");
        assertThat(operator().getForEntity("/api/ops/verifications/page?cursor=nonsense", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void offersTheDecisionsRulesMdAllowsAndHidesAFindingDecidedOnItsEvidence() {
        String id = "GX-T-0000030";
        fixtures.declaration(id, 1, "陆海燕");
        fixtures.verdict(id, 1, "VERIFY", List.of(new String[] {"WORK_HISTORY_MISMATCH", "VERIFY"},
                new String[] {"NO_TITLE_APPROVAL_REQUIRED", "VERIFY"}));
        // decided, its new review not yet run: the decision was taken on this finding's very evidence
        fixtures.decision(id, "NO_TITLE_APPROVAL_REQUIRED", "APPROVE", "{\"siMonths\":12,\"declaredEmployer\":\"崇左市人民医院\"}");

        JsonNode entry = read("/api/ops/verifications").findParents("declarationId").stream()
                .filter(n -> n.get("declarationId").asText().equals(id)).findFirst().orElseThrow();

        assertThat(entry.at("/findings").size()).isEqualTo(1);
        assertThat(entry.at("/findings/0/rule").asText()).isEqualTo("WORK_HISTORY_MISMATCH");
        assertThat(entry.at("/findings/0/allowedDecisions").toString()).isEqualTo(
                "[{\"decision\":\"CONFIRM_FALSIFICATION\",\"label\":\"确认虚假（记入诚信档案）\"},"
                + "{\"decision\":\"DISMISS\",\"label\":\"排除\"}]");
        JsonNode detail = read("/api/ops/declarations/" + id);
        assertThat(detail.at("/decisions/0/rule").asText()).isEqualTo("NO_TITLE_APPROVAL_REQUIRED");
        assertThat(detail.at("/decisions/0/decision").asText()).isEqualTo("APPROVE");
        assertThat(detail.at("/decisions/0/decidedBy").asText()).isEqualTo("operator");
    }

    @Test
    void retriesADeadLetterWithTheSameIdempotencyKey() throws Exception {
        long deadLetter = fixtures.deadLetter(KNOWN, "pr-retry-same-key");
        JsonNode listed = read("/api/ops/dead-letters").findParents("idempotencyKey").stream()
                .filter(n -> n.get("idempotencyKey").asText().equals("pr-retry-same-key")).findFirst().orElseThrow();
        assertThat(listed.get("responseStatus").asInt()).isEqualTo(422);
        assertThat(listed.get("pushState").asText()).isEqualTo("DEAD");

        ResponseEntity<String> retried = post(operator(), "/api/ops/dead-letters/" + deadLetter + "/retry");

        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(json.readTree(retried.getBody()).get("idempotencyKey").asText()).isEqualTo("pr-retry-same-key");
        Map<String, Object> row = fixtures.outboxRow(deadLetter);
        assertThat(row.get("state")).isEqualTo("PENDING");
        assertThat(row.get("idempotency_key")).isEqualTo("pr-retry-same-key");
        assertThat(row.get("retried_at")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'pr-retry-same-key%'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM outbox o JOIN dead_letter dl ON dl.outbox_id = o.id
                 WHERE dl.id = ? AND o.next_attempt_at <= CURRENT_TIMESTAMP""", Integer.class, deadLetter)).isEqualTo(1);

        ResponseEntity<String> again = post(operator(), "/api/ops/dead-letters/" + deadLetter + "/retry");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(post(operator(), "/api/ops/dead-letters/999999/retry").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void refusesToResendAVerdictThatANewerOneReplaced() {
        String id = "GX-T-0000030";
        long deadLetter = fixtures.deadLetter(id, "pr-" + id + "-old");
        fixtures.push(id, null, "pr-" + id + "-new", "SENT");

        assertThat(post(operator(), "/api/ops/dead-letters/" + deadLetter + "/retry").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(fixtures.outboxRow(deadLetter).get("state")).isEqualTo("DEAD");
    }

    @Test
    void tellsTheConsoleWhoIsLoggedIn() {
        JsonNode operator = read("/api/ops/me");
        assertThat(operator.get("name").asText()).isEqualTo("operator");
        assertThat(operator.get("roles").toString()).isEqualTo("[\"OPERATOR\",\"VIEWER\"]");
        assertThat(operator.get("allOffices").asBoolean()).isTrue();
        assertThat(operator.get("ownOffices").toString()).isEqualTo("[{\"code\":\"CITY\",\"name\":\"崇左市职改办\"}]");
        assertThat(operator.get("offices").size()).isEqualTo(31);
        assertThat(operator.get("permissions").toString()).isEqualTo("[\"PERSONAL_DATA\"]");
        JsonNode viewer = json.valueToTree(rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD)
                .getForObject("/api/ops/me", Map.class));
        assertThat(viewer.get("roles").toString()).isEqualTo("[\"VIEWER\"]");
        assertThat(viewer.get("permissions").toString()).isEqualTo("[]");
        JsonNode county = json.valueToTree(rest.withBasicAuth(OpsFixtures.LONGZHOU, OpsFixtures.LONGZHOU_PASSWORD)
                .getForObject("/api/ops/me", Map.class));
        assertThat(county.get("allOffices").asBoolean()).isFalse();
        assertThat(county.get("offices").toString()).isEqualTo("[{\"code\":\"LONGZHOU\",\"name\":\"龙州县职改办\"}]");
    }

    @Test
    void leavesHealthOpenAndEverythingElseClosed() {
        ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).doesNotContain("components");
        assertThat(operator().getForEntity("/actuator/health", String.class).getBody()).contains("components");
        assertThat(rest.getForEntity("/actuator/env", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(operator().getForEntity("/actuator/env", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(operator().getForEntity("/actuator/prometheus", String.class).getBody()).contains("jvm_memory_used_bytes")
                .contains("zhicheng_outbox_pushes{state=\"DEAD\"}").contains("zhicheng_sync_last_run{count=\"pulled\"}");
        String apiDocs = operator().getForEntity("/v3/api-docs", String.class).getBody();
        assertThat(apiDocs).contains("/api/ops/dead-letters/{id}/retry", "/api/ops/access-log");
        // the office scope and the principal come from the login, never from the request
        assertThat(apiDocs).doesNotContain("\"name\":\"scope\"").doesNotContain("\"name\":\"who\"");
        assertThat(operator().getForEntity("/swagger-ui.html", String.class).getStatusCode().is2xxSuccessful()
                || operator().getForEntity("/swagger-ui.html", String.class).getStatusCode().is3xxRedirection()).isTrue();
        ResponseEntity<String> console = rest.getForEntity("/console/", String.class);
        if (console.getStatusCode().is3xxRedirection()) {
            assertThat(console.getHeaders().getLocation().getPath()).isEqualTo("/login");
        } else {
            assertThat(console.getBody()).contains("action=\"/login\"").doesNotContain("开始同步");
        }
        assertThat(operator().getForEntity("/console/", String.class).getBody()).contains("开始同步");
        assertThat(operator().getForEntity("/console/console.js", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void refusesAConsolePostWithoutItsCsrfToken() {
        // a logged-in browser session (no Basic header) must bring the token: a foreign page cannot
        ResponseEntity<String> login = rest.getForEntity("/login", String.class);
        assertThat(login.getBody()).contains("登录");
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, String.join("; ", login.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of())));
        ResponseEntity<String> forged = rest.exchange("/api/ops/sync", HttpMethod.POST, new HttpEntity<>(headers), String.class);
        assertThat(forged.getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
        assertThat(fixtures.syncRunning()).isFalse();
    }

    private TestRestTemplate operator() {
        return rest.withBasicAuth(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD);
    }

    private JsonNode read(String path) {
        try {
            ResponseEntity<String> answer = operator().getForEntity(path, String.class);
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
            return json.readTree(answer.getBody());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResponseEntity<String> post(TestRestTemplate client, String path) {
        return client.exchange(path, HttpMethod.POST, HttpEntity.EMPTY, String.class);
    }

    private String state(long runId) {
        return jdbc.queryForObject("SELECT state FROM sync_run WHERE run_id = ?", String.class, runId);
    }
}
