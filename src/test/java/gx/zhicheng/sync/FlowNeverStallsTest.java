package gx.zhicheng.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import gx.zhicheng.mocks.FixedClock;
import gx.zhicheng.mocks.MockClient;
import gx.zhicheng.mocks.MockedProvince;
import gx.zhicheng.pull.UnreadablePages;
import gx.zhicheng.runs.SyncRuns;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A broken or hostile listing holds nothing else up (issue 22): a page that cannot be read, a cursor that repeats, a
 * walk that does not end. The listing's later pages are stubbed over the mocks of mocks/ (8 declarations a page, 69
 * in all); requests are counted in the mock's journal. Every test starts on a fresh database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(FixedClock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class FlowNeverStallsTest {

    private static final Logger log = LoggerFactory.getLogger(FlowNeverStallsTest.class);
    private static final String LISTING = "/api/v1/declarations";
    private static final String PRE_REVIEW = "/api/v1/declarations/.+/pre-review";
    private static final int MAX_PAGES = 5;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        MockedProvince.register(registry);
        registry.add("zhicheng.platform.max-requests-per-second", () -> "1000");
        registry.add("zhicheng.platform.max-pages", () -> String.valueOf(MAX_PAGES));
        registry.add("zhicheng.platform.unreadable-body-limit", () -> "4096");
    }

    @Autowired
    SyncLauncher launcher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UnreadablePages unreadablePages;
    @Autowired
    MeterRegistry meters;

    private final WireMockServer mock = MockedProvince.server();
    private final List<StubMapping> injected = new ArrayList<>();

    @BeforeEach
    void resetJournal() {
        mock.resetRequests();
    }

    @AfterEach
    void removeStubs() {
        injected.forEach(mock::removeStub);
        injected.clear();
    }

    /** Every listing request after the first page (one with a cursor) gets this answer. */
    private void laterPagesAnswer(String body) {
        injected.add(mock.stubFor(get(urlPathEqualTo(LISTING)).withQueryParam("cursor", matching(".*")).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body))));
    }

    /** Every listing request, the first page's too, gets this answer: the page right after the watermark. */
    private void everyPageAnswers(String body) {
        injected.add(mock.stubFor(get(urlPathEqualTo(LISTING)).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body))));
    }

    private int listingRequests() {
        return mock.findAll(getRequestedFor(urlPathEqualTo(LISTING))).size();
    }

    private int acceptedPushes() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE state = 'SENT'", Integer.class);
    }

    /** The mock's first page after the first that holds items (it serves one empty page a walk), and its cursor. */
    private Map.Entry<String, ObjectNode> realPageAfterTheFirst() throws Exception {
        MockClient client = new MockClient(mock.port(), Clock.systemUTC());
        String token = client.token();
        ObjectNode page = (ObjectNode) json.readTree(client.get(LISTING + "?limit=" + MockedProvince.PAGE_SIZE, token).body());
        String cursor;
        do {
            cursor = page.get("nextCursor").asText();
            page = (ObjectNode) json.readTree(client.get(LISTING + "?limit=" + MockedProvince.PAGE_SIZE + "&cursor="
                    + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8), token).body());
        } while (page.get("items").isEmpty());
        mock.resetRequests();
        return Map.entry(cursor, page);
    }

    @Test
    void aPageNestedTooDeepFailsTheRunAfterThePagesBeforeItAndTheItemsBeforeItAreReviewedAndPushed() throws Exception {
        Map.Entry<String, ObjectNode> real = realPageAfterTheFirst();
        ObjectNode page = real.getValue();
        ArrayNode items = (ArrayNode) page.get("items");
        String deep = "{\"declarationId\":\"GX2022-DEEP\",\"idNumber\":\"450102199001011234\",\"extra\":"
                + "[".repeat(1200) + "]".repeat(1200) + "}";
        // three readable items, then one nested deeper than the parser allows, then the rest of the page
        StringBuilder body = new StringBuilder("{\"items\":[");
        for (int i = 0; i < 3; i++) {
            body.append(json.writeValueAsString(items.get(i))).append(',');
        }
        body.append(deep);
        for (int i = 3; i < items.size(); i++) {
            body.append(',').append(json.writeValueAsString(items.get(i)));
        }
        body.append("],\"nextCursor\":").append(json.writeValueAsString(page.get("nextCursor"))).append('}');
        injected.add(mock.stubFor(get(urlPathEqualTo(LISTING)).withQueryParam("cursor", equalTo(real.getKey())).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body.toString()))));

        SyncRuns.Run run = launcher.runNow("TEST", null);

        int verdicts = mock.findAll(putRequestedFor(urlPathMatching(PRE_REVIEW))).size();
        log.info("ISSUE22 unreadable second page: run {} {} pulled {} parked {} reviewed {} pushed {}, accepted pushes {}, "
                        + "PUT pre-review {}, listing requests {}; message: {}", run.runId(), run.state(), run.pulled(),
                run.parked(), run.reviewed(), run.pushed(), acceptedPushes(), verdicts, listingRequests(), run.message());
        assertThat(run.state()).isEqualTo("FAILED");
        assertThat(run.pulled()).as("the first page and the 3 items before the unreadable one").isEqualTo(8 + 3);
        assertThat(run.reviewed()).as("what the walk stored is reviewed in the same run").isEqualTo(run.pulled() - run.parked());
        assertThat(acceptedPushes()).as("and its verdicts pushed and accepted").isEqualTo(run.reviewed()).isPositive();
        assertThat(run.message()).contains("pull: the listing page at cursor").contains("cannot be read")
                .contains("StreamConstraintsException").contains("3 item(s) before it taken")
                .doesNotContain("450102199001011234");
        // the first page, the empty page the mock serves in each walk, the unreadable page
        assertThat(listingRequests()).isEqualTo(3);

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM unreadable_page");
        assertThat(row.get("error_class")).isEqualTo("StreamConstraintsException");
        assertThat((Integer) row.get("seen_count")).isEqualTo(1);
        assertThat((Integer) row.get("items_taken")).isEqualTo(3);
        assertThat((String) row.get("body")).hasSize(4096);
        assertThat((Integer) row.get("body_length")).isEqualTo(body.length());
        assertThat(row.get("resolved_at")).isNull();
        assertThat(unreadablePages.health().getStatus()).isEqualTo(new Status("DEGRADED"));
        assertThat(meters.get("zhicheng.pages.unreadable").counter().count()).isEqualTo(1.0);
        assertThat(meters.get("zhicheng.pages.unreadable.open").gauge().value()).isEqualTo(1.0);

        // every later run fails at the same page, counted on the same row, with the same clear message: the next walk
        // resumes after the first page (the watermark stayed before the unreadable page), where the page now starts
        everyPageAnswers(body.toString());
        SyncRuns.Run again = launcher.runNow("TEST", null);
        assertThat(again.state()).isEqualTo("FAILED");
        assertThat(again.message()).contains("cannot be read").contains("seen 2 time(s)");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unreadable_page", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT seen_count FROM unreadable_page", Integer.class)).isEqualTo(2);

        // the platform serves it: the walk reads past it, the row is resolved and health is UP again
        removeStubs();
        SyncRuns.Run served = launcher.runNow("TEST", null);
        // (this class bounds a walk at 5 pages, so the walk still ends early: but past the page)
        assertThat(served.message()).doesNotContain("cannot be read");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unreadable_page WHERE resolved_at IS NOT NULL", Integer.class)).isEqualTo(1);
        assertThat(unreadablePages.health().getStatus()).isEqualTo(Status.UP);
        assertThat(meters.get("zhicheng.pages.unreadable.open").gauge().value()).isZero();
    }

    @Test
    void pagesThatAreNotJsonOrBreakTheEnvelopeAreRecordedAsUnreadable() {
        for (String body : List.of("<html><body>维护中 450102199001011234</body></html>", "{\"items\":{\"a\":1},\"nextCursor\":null}",
                "{\"nextCursor\":null}")) {
            removeStubs();
            everyPageAnswers(body);
            SyncRuns.Run run = launcher.runNow("TEST", null);
            log.info("ISSUE22 page {}: run {} {} pulled {} reviewed {}; message: {}", body, run.runId(), run.state(),
                    run.pulled(), run.reviewed(), run.message());
            assertThat(run.state()).isEqualTo("FAILED");
            assertThat(run.message()).contains("cannot be read");
        }
        assertThat(jdbc.queryForObject("SELECT seen_count FROM unreadable_page WHERE resolved_at IS NULL", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT body FROM unreadable_page", String.class)).isEqualTo("{\"nextCursor\":null}");
    }

    @Test
    @Timeout(120)
    void aRepeatedNextCursorEndsTheWalkWithoutAnotherRequest() {
        laterPagesAnswer("{\"items\":[],\"nextCursor\":\"again-and-again\"}");

        SyncRuns.Run run = launcher.runNow("TEST", null);

        log.info("ISSUE22 repeating cursor: run {} {} pulled {} reviewed {}, listing requests sent {}; message: {}",
                run.runId(), run.state(), run.pulled(), run.reviewed(), listingRequests(), run.message());
        assertThat(run.state()).isEqualTo("FAILED");
        assertThat(run.message()).contains("nextCursor 'again-and-again' a second time");
        // the first page (mock), the page of its cursor (stub, answering again-and-again), the page of again-and-again
        // (answering it a second time): then no further request
        assertThat(listingRequests()).isEqualTo(3);
        assertThat(run.reviewed()).isEqualTo(run.pulled() - run.parked()).isPositive();
        assertThat(acceptedPushes()).isEqualTo(run.reviewed());
    }

    @Test
    @Timeout(120)
    void aWalkLongerThanMaxPagesEndsAsFailedNamingItsCursor() {
        SyncRuns.Run run = launcher.runNow("TEST", null);

        log.info("ISSUE22 max-pages {}: run {} {} pulled {} reviewed {}, listing requests sent {}; message: {}", MAX_PAGES,
                run.runId(), run.state(), run.pulled(), run.reviewed(), listingRequests(), run.message());
        assertThat(run.state()).isEqualTo("FAILED");
        assertThat(run.message()).contains("zhicheng.platform.max-pages (" + MAX_PAGES + ")").contains("nextCursor '");
        assertThat(listingRequests()).isEqualTo(MAX_PAGES);
        // the mock serves one empty page in each walk
        assertThat(run.pulled()).isBetween((MAX_PAGES - 1) * MockedProvince.PAGE_SIZE, MAX_PAGES * MockedProvince.PAGE_SIZE);
        assertThat(run.reviewed()).isPositive();
        assertThat(acceptedPushes()).isEqualTo(run.reviewed());
    }

    @Test
    void aRunMessageIsAClassifiedSummaryWithoutTheExceptionsText() {
        // a first page whose cursor carries an ID number, and a refusal of the page it names: Camel's exception quotes the URL
        injected.add(mock.stubFor(get(urlPathEqualTo(LISTING)).withQueryParam("cursor", absent()).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[],\"nextCursor\":\"p2-450102199001011234\"}"))));
        injected.add(mock.stubFor(get(urlPathEqualTo(LISTING)).withQueryParam("cursor", matching(".*")).atPriority(1)
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"bad cursor 450102199001011234\"}"))));

        SyncRuns.Run run = launcher.runNow("TEST", null);

        log.info("ISSUE22 run message: {}", run.message());
        assertThat(run.state()).isEqualTo("FAILED");
        assertThat(run.message()).isEqualTo("pull: remote answer HTTP 400 (HttpOperationFailedException)");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sync_run WHERE message LIKE '%4501021990%'", Integer.class)).isZero();
    }
}
