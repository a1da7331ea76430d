package gx.zhicheng.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import gx.zhicheng.mocks.FixedClock;
import gx.zhicheng.mocks.MockedProvince;
import gx.zhicheng.runs.SyncRuns;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What reaches the wire when a remote call fails, counted in the mock's request journal: for each fault the
 * exact number of requests (one retry layer: routes/remote-call-errors.camel.yaml, with max-redeliveries 3),
 * that the rate-limited step saw every one of them (the zhicheng.remote.requests counter is incremented after
 * the throttle, so a request sent by a hidden layer below it would be on the wire and not in the counter), and
 * that every feed attempt carries a nonce of its own (the mocked feeds refuse a replayed nonce with 401).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(FixedClock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class RetriesOnTheWireTest {

    private static final Logger log = LoggerFactory.getLogger(RetriesOnTheWireTest.class);
    private static final String LISTING = "/api/v1/declarations";
    private static final String SI = "/si/v1/contributions:query";
    private static final String CE = "/ce/v1/records:query";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        MockedProvince.register(registry);
        registry.add("zhicheng.platform.max-requests-per-second", () -> "1000");
        // below the 3 s of the slow-response scenario, above a cold first call on a busy machine
        registry.add("camel.component.http.so-timeout", () -> "2000");
        registry.add("camel.component.http.response-timeout", () -> "2000");
        registry.add("zhicheng.retry.max-retry-after", () -> "10s");
    }

    @Autowired
    SyncLauncher launcher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    private final WireMockServer mock = MockedProvince.server();
    private final List<StubMapping> injected = new ArrayList<>();

    @BeforeEach
    void resetJournal() {
        mock.resetRequests();
        mock.resetScenarios();
    }

    @AfterEach
    void removeInjectedFaults() {
        log.info("WIRE journal: first listing page {}, listing {}, token {}, SI {} (nonces {}), CE {} (nonces {}), PUT pre-review {}",
                mock.findAll(firstPage()).size(), mock.findAll(getRequestedFor(urlPathEqualTo(LISTING))).size(),
                mock.findAll(postRequestedFor(urlPathEqualTo("/oauth/token"))).size(),
                mock.findAll(postRequestedFor(urlPathEqualTo(SI))).size(),
                mock.findAll(postRequestedFor(urlPathEqualTo(SI))).stream().map(r -> r.getHeader("X-Nonce")).distinct().count(),
                mock.findAll(postRequestedFor(urlPathEqualTo(CE))).size(),
                mock.findAll(postRequestedFor(urlPathEqualTo(CE))).stream().map(r -> r.getHeader("X-Nonce")).distinct().count(),
                mock.findAll(putRequestedFor(urlPathMatching("/api/v1/declarations/.+/pre-review"))).size());
        injected.forEach(mock::removeStub);
        injected.clear();
        mock.resetScenarios();
    }

    @Test
    void rateLimited429IsSentTwiceAfterRetryAfter() {
        MockedProvince.scenario("rate-limited");

        SyncRuns.Run run = launcher.runNow("TEST", null);

        List<LoggedRequest> first = wire("429 on the listing", firstPage());
        assertThat(run.state()).isEqualTo("SUCCEEDED");
        assertThat(first).hasSize(2);
        assertThat(gap(first)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThrottleSawEveryRequest();
    }

    @Test
    void unavailable503WithRetryAfterInSecondsIsSentTwice() {
        MockedProvince.scenario("platform-unavailable");

        SyncRuns.Run run = launcher.runNow("TEST", null);

        List<LoggedRequest> first = wire("503 Retry-After: 1 on the listing", firstPage());
        assertThat(run.state()).isEqualTo("SUCCEEDED");
        assertThat(first).hasSize(2);
        assertThat(gap(first)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThrottleSawEveryRequest();
    }

    @Test
    void unavailable503WithRetryAfterAsHttpDateWaitsUntilThatDateOnTheAdaptersClock() {
        // the adapter's clock stands at FixedClock.NOW (2022): a date read on the machine's clock would be long past
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(FixedClock.NOW.plusSeconds(2).atOffset(ZoneOffset.UTC));
        failFirst(1, () -> get(urlPathEqualTo(LISTING)).withQueryParam("cursor", absent()),
                aResponse().withStatus(503).withHeader("Retry-After", date).withBody("{\"error\":\"unavailable\"}"));

        SyncRuns.Run run = launcher.runNow("TEST", null);

        List<LoggedRequest> first = wire("503 Retry-After: HTTP-date on the listing", firstPage());
        assertThat(run.state()).isEqualTo("SUCCEEDED");
        assertThat(first).hasSize(2);
        assertThat(gap(first)).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        assertThrottleSawEveryRequest();
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void retryAfterAboveTheCapFailsTheCallAtOnceAsTransient() {
        failFirst(1, () -> get(urlPathEqualTo(LISTING)).withQueryParam("cursor", absent()),
                aResponse().withStatus(503).withHeader("Retry-After", "3600").withBody("{\"error\":\"unavailable\"}"));
        long started = System.nanoTime();

        SyncRuns.Run run = launcher.runNow("TEST", null);

        List<LoggedRequest> first = wire("503 Retry-After: 3600 (cap 10 s) on the listing", firstPage());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(run.state()).isEqualTo("FAILED");
        assertThat(run.message()).contains("503");
        assertThat(first).hasSize(1);
        assertThrottleSawEveryRequest();
    }

    @Test
    void connectionResetIsSentTwice() {
        MockedProvince.scenario("connection-reset");

        SyncRuns.Run run = launcher.runNow("TEST", null);

        List<LoggedRequest> first = wire("connection reset on the listing", firstPage());
        assertThat(run.state()).isEqualTo("SUCCEEDED");
        assertThat(first).hasSize(2);
        assertThrottleSawEveryRequest();
    }

    @Test
    void timeoutIsSentTwice() {
        MockedProvince.scenario("slow-response");

        SyncRuns.Run run = launcher.runNow("TEST", null);

        List<LoggedRequest> first = wire("timeout on the listing", firstPage());
        assertThat(run.state()).isEqualTo("SUCCEEDED");
        assertThat(first).hasSize(2);
        assertThrottleSawEveryRequest();
    }

    @Test
    void unauthorizedMidWalkFetchesAFreshTokenAndSendsThePageAgainWithIt() {
        MockedProvince.scenario("token-expires-mid-walk");

        SyncRuns.Run run = launcher.runNow("TEST", null);

        List<LoggedRequest> paged = mock.findAll(getRequestedFor(urlPathEqualTo(LISTING)).withQueryParam("cursor", com.github.tomakehurst.wiremock.client.WireMock.matching(".+")))
                .stream().sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
        String firstCursor = paged.get(0).queryParameter("cursor").firstValue();
        List<LoggedRequest> again = paged.stream().filter(r -> r.queryParameter("cursor").firstValue().equals(firstCursor)).toList();
        List<LoggedRequest> tokens = mock.findAll(postRequestedFor(urlPathEqualTo("/oauth/token")));
        log.info("WIRE 401 mid-walk: {} requests for the first cursor, {} token requests", again.size(), tokens.size());
        assertThat(run.state()).isEqualTo("SUCCEEDED");
        assertThat(again).hasSize(2);
        assertThat(tokens).hasSize(2);
        assertThat(again.get(0).getHeader("Authorization")).isNotEqualTo(again.get(1).getHeader("Authorization"));
        assertThrottleSawEveryRequest();
    }

    @Test
    void tokenEndpointDownIsTriedFourTimesNotOncePerAttemptOfTheCallWaitingForIt() {
        injected.add(mock.stubFor(post(urlPathEqualTo("/oauth/token")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("{\"error\":\"unavailable\"}"))));

        SyncRuns.Run run = launcher.runNow("TEST", null);

        List<LoggedRequest> tokens = wire("503 on the token endpoint", postRequestedFor(urlPathEqualTo("/oauth/token")));
        assertThat(run.state()).isEqualTo("FAILED");
        assertThat(tokens).hasSize(4);
        assertThat(mock.findAll(firstPage())).isEmpty();
        // the listing's one attempt passed the throttle (counted) and failed waiting for its token, never on the wire
        assertThat(counted("platform")).isEqualTo(tokens.size() + 1);
    }

    @Test
    void push500IsSentFourTimesUnderOneKeyAndStaysInTheOutbox() {
        String path = "/api/v1/declarations/GX2022-0001001/pre-review";
        injected.add(mock.stubFor(put(urlPathEqualTo(path)).atPriority(1)
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":\"internal\"}"))));

        SyncRuns.Run run = launcher.runNow("TEST", null);

        List<LoggedRequest> pushes = wire("500 on a push", putRequestedFor(urlPathEqualTo(path)));
        assertThat(run.state()).isEqualTo("SUCCEEDED");
        assertThat(pushes).hasSize(4);
        assertThat(pushes.stream().map(r -> r.getHeader("Idempotency-Key")).distinct()).hasSize(1);
        assertThat(jdbc.queryForList("SELECT state, attempts FROM outbox WHERE declaration_id = 'GX2022-0001001'"))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("state")).isEqualTo("PENDING");
                    assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
                });
        assertThrottleSawEveryRequest();
    }

    @Test
    void siFeed503IsSignedAgainWithAFreshNonce() {
        MockedProvince.scenario("si-feed-unavailable");

        SyncRuns.Run run = launcher.runNow("TEST", null);

        List<LoggedRequest> all = wire("503 on the SI feed", postRequestedFor(urlPathEqualTo(SI)));
        assertThat(run.state()).isEqualTo("SUCCEEDED");
        assertThat(all).hasSize(batches(SI) + 1);
        assertThat(refusedWith401(SI)).isZero();
        assertDistinctNonces(all);
        assertThrottleSawEveryRequest();
    }

    @Test
    void ceFeed429IsSignedAgainWithAFreshNonce() {
        failFirst(1, () -> post(urlPathEqualTo(CE)),
                aResponse().withStatus(429).withHeader("Retry-After", "1").withBody("{\"error\":\"rate limited\"}"));

        SyncRuns.Run run = launcher.runNow("TEST", null);

        List<LoggedRequest> all = wire("429 on the CE feed", postRequestedFor(urlPathEqualTo(CE)));
        assertThat(run.state()).isEqualTo("SUCCEEDED");
        assertThat(all).hasSize(batches(CE) + 1);
        assertThat(refusedWith401(CE)).isZero();
        assertDistinctNonces(all);
        assertThrottleSawEveryRequest();
    }

    // --- helpers

    /** The requests of the first listing page (the one the listing faults hit). */
    private static RequestPatternBuilder firstPage() {
        return getRequestedFor(urlPathEqualTo(LISTING)).withQueryParam("cursor", absent());
    }

    private List<LoggedRequest> wire(String fault, RequestPatternBuilder pattern) {
        List<LoggedRequest> found = mock.findAll(pattern).stream().sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
        log.info("WIRE {}: {} requests (all remote requests of the run: {})", fault, found.size(),
                mock.findAll(anyRequestedFor(urlPathMatching("/.*"))).size());
        return found;
    }

    /** How many review batches asked the feed: the requests that were answered 200. */
    private int batches(String path) {
        return (int) mock.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith(path) && e.getResponse().getStatus() == 200).count();
    }

    private int refusedWith401(String path) {
        return (int) mock.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith(path) && e.getResponse().getStatus() == 401).count();
    }

    private static void assertDistinctNonces(List<LoggedRequest> requests) {
        assertThat(requests.stream().map(r -> r.getHeader("X-Nonce")).distinct().count())
                .as("a nonce of its own for every feed attempt").isEqualTo(requests.size());
    }

    private static Duration gap(List<LoggedRequest> requests) {
        return Duration.between(requests.get(0).getLoggedDate().toInstant(), requests.get(1).getLoggedDate().toInstant());
    }

    /** Every request on the wire went through the throttled step that counts it: per remote system, the same numbers. */
    private void assertThrottleSawEveryRequest() {
        long platform = mock.findAll(anyRequestedFor(urlPathMatching("/(api|oauth)/.*"))).size();
        long si = mock.findAll(postRequestedFor(urlPathEqualTo(SI))).size();
        long ce = mock.findAll(postRequestedFor(urlPathEqualTo(CE))).size();
        assertThat(counted("platform")).as("platform requests through the throttle").isEqualTo(platform);
        assertThat(counted("si")).as("SI feed requests through the throttle").isEqualTo(si);
        assertThat(counted("ce")).as("CE feed requests through the throttle").isEqualTo(ce);
    }

    private long counted(String remote) {
        var counter = meters.find("zhicheng.remote.requests").tag("remote", remote).counter();
        return counter == null ? -1 : (long) counter.count();
    }

    /** A stub that answers the first {@code times} matching calls with the fault, then steps aside. */
    private void failFirst(int times, Supplier<MappingBuilder> request, ResponseDefinitionBuilder fault) {
        String scenario = "wire-fault-" + injected.size();
        for (int i = 0; i < times; i++) {
            injected.add(mock.stubFor(request.get().atPriority(1).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "failed-" + i)
                    .willSetStateTo("failed-" + (i + 1))
                    .willReturn(fault)));
        }
    }
}
