package gx.zhicheng.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.mocks.FixedClock;
import gx.zhicheng.ops.OpsFixtures;
import gx.zhicheng.rules.Outcome;
import gx.zhicheng.sync.SyncLauncher;
import gx.zhicheng.web.OfficeScope;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A year's documents are built in memory: past zhicheng.documents.max-batch (10 here) a batch is refused with a
 * problem detail that names its parts, and the parts together hold every document once, in declaration order.
 */
@AutoConfigureTestRestTemplate
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
class DocumentBatchLimitTest {

    private static final Pattern DECLARATION = Pattern.compile("申报编号：(GX[0-9-]+)");
    private static boolean synced;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        OpsFixtures.registerSampleProvince(registry);
        registry.add("zhicheng.documents.max-batch", () -> "10");
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    SyncLauncher launcher;
    @Autowired
    LatestVerdicts verdicts;

    @BeforeEach
    void syncOnce() {
        if (!synced) {
            assertThat(launcher.runNow("TEST", null).state()).isEqualTo("SUCCEEDED");
            synced = true;
        }
    }

    @Test
    void aYearOverTheLimitIsRefusedWithItsPartsAndThePartsHoldEveryNoticeOnce() throws Exception {
        List<String> expected = verdicts.ofYear(2022, OfficeScope.everyOffice()).stream()
                .filter(r -> r.verdict().outcome() == Outcome.RETURN || r.verdict().outcome() == Outcome.REJECT)
                .map(Reviewed::declarationId).toList();
        int parts = (expected.size() + 9) / 10;
        assertThat(expected.size()).as("the samples hold more notices than one batch").isGreaterThan(10);

        for (String path : List.of("/console/notices?year=2022", "/console/notices.pdf?year=2022")) {
            ResponseEntity<String> refused = get(path);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
            assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            JsonNode problem = new ObjectMapper().readTree(refused.getBody());
            assertThat(problem.get("total").asInt()).isEqualTo(expected.size());
            assertThat(problem.get("parts").asInt()).isEqualTo(parts);
            assertThat(problem.get("detail").asText()).contains("&part=1 到 &part=" + parts, "&office=");
        }

        List<String> printed = new ArrayList<>();
        for (int part = 1; part <= parts; part++) {
            ResponseEntity<String> page = get("/console/notices?year=2022&part=" + part);
            assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
            Matcher ids = DECLARATION.matcher(page.getBody());
            List<String> inPart = new ArrayList<>();
            while (ids.find()) {
                inPart.add(ids.group(1));
            }
            assertThat(inPart).hasSizeLessThanOrEqualTo(10);
            printed.addAll(inPart);
        }
        assertThat(printed).containsExactlyElementsOf(expected);
        assertThat(get("/console/notices.pdf?year=2022&part=" + (parts + 1)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aYearWithinTheLimitNeedsNoPart() {
        // the samples' letters (passed declarations of entrusted series and levels) fit in one batch
        ResponseEntity<String> page = get("/console/letters?year=2022");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> get(String path) {
        return rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD).getForEntity(path, String.class);
    }
}
