package gx.zhicheng.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import gx.zhicheng.mocks.FixedClock;
import gx.zhicheng.mocks.MockClock;
import gx.zhicheng.mocks.MockSettings;
import gx.zhicheng.mocks.MockedProvince;
import gx.zhicheng.mocks.ProvincialMocks;
import gx.zhicheng.sync.SyncLauncher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A decision on the re-check's own finding EXCLUSION_AFTER_DECLARATION is reviewed again by the re-check
 * (recheck-declaration-now), not by the regular review, which evaluates on declaredOn only and would drop the finding
 * with its decision (rules.md, re-check before confirmation).
 *
 * <p>The bundled samples raise that finding only as REJECT, which takes no decision; the VERIFY one needs SI data that
 * points at a government agency while a civil-service transition period ends between declaredOn and the re-check. So
 * this class runs its own province (the mocks' stubs and extensions, on a root of its own) with two applicants made
 * from the sample GX2022-0001065: each declares on 2022-06-20 for 崇左市人民医院 with a transition period to 2022-07-31,
 * and the SI shows, besides the hospital, 崇左市卫生健康委员会 (an agency) paying in M-1. The sync on declaredOn gives
 * PASS with CIVIL_SERVICE_TRANSITION; the re-check on 2022-08-01 (the clock), after the period, adds
 * EXCLUSION_AFTER_DECLARATION as VERIFY; the operator's decision over the API then gives the re-check's verdict, pushed
 * to the platform (WireMock) and stored with the re-check's inputs.
 */
@AutoConfigureTestRestTemplate
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RecheckDecisionFlowTest {

    private static final String SAMPLE = "GX2022-0001065";
    /** The applicants made from the sample: declaration ID, ID number (valid, no sample's), name. */
    private static final List<String[]> APPLICANTS = List.of(
            new String[] {"GX2022-0009001", "45140219880612042X", "农丽芳"},
            new String[] {"GX2022-0009002", "451402198806120446", "农丽萍"});
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path root;
    private static WireMockServer mock;
    private static boolean rechecked;

    @DynamicPropertySource
    static void province(DynamicPropertyRegistry registry) {
        // the feeds check X-Timestamp against the mocks' clock: it stands where the adapter's does
        root = provinceRoot();
        mock = ProvincialMocks.start(MockSettings.defaults(0, root).withClock(MockClock.fixedAt(FixedClock.NOW)));
        MockedProvince.registerPlatform(registry, "http://127.0.0.1:" + mock.port());
        OpsFixtures.registerUsers(registry);
        registry.add("zhicheng.platform.max-requests-per-second", () -> "1000");
    }

    @AfterAll
    static void stopProvince() throws IOException {
        ProvincialMocks.stop(mock);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** The mocks' stubs, and the two applicants' declarations and feed answers as the sample's with the changes above. */
    private static Path provinceRoot() {
        try {
            Path mocks = Path.of("mocks");
            Path provinceDir = Files.createTempDirectory(Path.of("target"), "recheck-province");
            Files.createDirectories(provinceDir.resolve("mappings"));
            try (Stream<Path> mappings = Files.list(mocks.resolve("mappings"))) {
                for (Path mapping : mappings.toList()) {
                    Files.copy(mapping, provinceDir.resolve("mappings").resolve(mapping.getFileName()));
                }
            }
            for (String folder : List.of("declarations", "si", "ce", "archive")) {
                Files.createDirectories(provinceDir.resolve("__files").resolve(folder));
            }
            ObjectNode sample = read(mocks.resolve("__files/declarations/" + SAMPLE + ".json"));
            String sampleId = sample.at("/applicant/idNumber").asText();
            for (String[] applicant : APPLICANTS) {
                ObjectNode declaration = sample.deepCopy();
                declaration.put("declarationId", applicant[0]);
                ((ObjectNode) declaration.get("applicant")).put("idNumber", applicant[1]).put("name", applicant[2]);
                // the hospital left the civil-service management in the reform: its transition period ends after declaredOn
                ((ObjectNode) declaration.get("claims")).put("civilServiceTransitionUntil", "2022-07-31");
                write(provinceDir.resolve("__files/declarations/" + applicant[0] + ".json"), declaration);

                ObjectNode si = read(mocks.resolve("__files/si/" + sampleId + ".json")).put("idNumber", applicant[1]);
                List<JsonNode> months = new ArrayList<>();
                si.get("months").forEach(months::add);
                ArrayNode withAgency = si.putArray("months");
                for (JsonNode month : months) {
                    withAgency.add(month);
                    if (month.path("month").asText().equals("2022-05")) {
                        // M-1: seconded to an agency besides the hospital, which the SI alone cannot tell from a civil servant
                        withAgency.addObject().put("month", "2022-05").put("employerCreditCode", "11451400007700318L")
                                .put("employerName", "崇左市卫生健康委员会").put("employerType", "GOVERNMENT_AGENCY")
                                .put("scheme", "AGENCY_AND_INSTITUTION").put("paid", true);
                    }
                }
                write(provinceDir.resolve("__files/si/" + applicant[1] + ".json"), si);
                write(provinceDir.resolve("__files/ce/" + applicant[1] + ".json"),
                        read(mocks.resolve("__files/ce/" + sampleId + ".json")).put("idNumber", applicant[1]));
            }
            return provinceDir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the test's province", e);
        }
    }

    private static ObjectNode read(Path file) throws IOException {
        return (ObjectNode) JSON.readTree(file.toFile());
    }

    private static void write(Path file, JsonNode node) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), node);
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    SyncLauncher launcher;
    @Autowired
    JdbcTemplate jdbc;

    /** Once for the class: the sync on declaredOn, then the re-check, as the adapter runs them; each test's requests only. */
    @BeforeEach
    void syncAndRecheckOnce() throws Exception {
        if (!rechecked) {
            assertThat(launcher.runNow("TEST", null).state()).isEqualTo("SUCCEEDED");
            for (String[] applicant : APPLICANTS) {
                JsonNode declared = latestVerdict(applicant[0]);
                assertThat(declared.get("outcome").asText()).isEqualTo("PASS");
                assertThat(codes(declared)).containsExactly("CIVIL_SERVICE_TRANSITION:INFO");
            }
            assertThat(launcher.runNow(SyncLauncher.RECHECK, null).state()).isEqualTo("SUCCEEDED");
            for (String[] applicant : APPLICANTS) {
                JsonNode found = latestVerdict(applicant[0]);
                assertThat(found.get("outcome").asText()).isEqualTo("VERIFY");
                assertThat(codes(found)).containsExactly("CIVIL_SERVICE_TRANSITION:INFO", "EXCLUSION_AFTER_DECLARATION:VERIFY");
                assertThat(exclusion(found).get("evidence").get("rule").asText()).isEqualTo("CIVIL_SERVANT");
                assertThat(exclusion(found).get("evidence").get("foundOn").asText()).isEqualTo("2022-08-01");
            }
            rechecked = true;
        }
        mock.resetRequests();
    }

    @ParameterizedTest(name = "{1} on {0} -> {2} {3}")
    @CsvSource(delimiter = ';', value = {
            "GX2022-0009001; CONFIRM; REJECT; CIVIL_SERVICE_TRANSITION:INFO,EXCLUSION_AFTER_DECLARATION:REJECT",
            "GX2022-0009002; DISMISS; PASS; CIVIL_SERVICE_TRANSITION:INFO"})
    void aDecisionOnTheRecheckFindingIsReviewedByTheRecheck(String id, String decision, String outcome, String findings)
            throws Exception {
        assertThat(allowed(id)).containsExactlyInAnyOrder("CONFIRM", "DISMISS");

        ResponseEntity<Map> answer = rest.withBasicAuth(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD).postForEntity(
                "/api/ops/declarations/" + id + "/decisions",
                Map.of("rule", "EXCLUSION_AFTER_DECLARATION", "decision", decision, "note", "经查为借调"), Map.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).containsEntry("result", "APPLIED");
        List<LoggedRequest> puts = mock.findAll(putRequestedFor(urlPathEqualTo("/api/v1/declarations/" + id + "/pre-review")));
        assertThat(puts).as("the new verdict of %s was pushed once", id).hasSize(1);
        JsonNode pushed = JSON.readTree(puts.get(0).getBodyAsString());
        JsonNode stored = latestVerdict(id);
        for (JsonNode verdict : List.of(pushed, stored)) {
            // the regular review evaluates on declaredOn: no exclusion, so PASS with the transition only, whatever was decided
            assertThat(verdict.get("outcome").asText()).as("the outcome after %s", decision).isEqualTo(outcome);
            assertThat(codes(verdict)).isEqualTo(List.of(findings.split(",")));
        }
        if (decision.equals("CONFIRM")) {
            JsonNode confirmed = exclusion(pushed);
            assertThat(confirmed.get("evidence").get("rule").asText()).isEqualTo("CIVIL_SERVANT");
            assertThat(confirmed.get("evidence").get("foundOn").asText()).isEqualTo("2022-08-01");
            assertThat(confirmed.get("evidence").get("decision").asText()).isEqualTo("CONFIRM");
            assertThat(confirmed.get("message").asText()).isEqualTo(
                    "申报后出现不得申报的情形：2022-08-01核查发现，经职改办核实申报人属于公务员（含参照公务员法管理单位人员），评审结果不予确认。");
        }
        // what the new verdict was computed from (issue 24): the re-check on today's date, which alone knows the exclusion
        Map<String, Object> inputs = jdbc.queryForMap("""
                SELECT i.kind, i.inputs FROM verdict_input i
                 WHERE i.id = (SELECT MAX(id) FROM verdict WHERE declaration_id = ?)""", id);
        assertThat(inputs.get("kind")).as("the kind of review that recorded the verdict after the decision").isEqualTo("RECHECK");
        assertThat(JSON.readTree((String) inputs.get("inputs")).path("recheckDate").asText()).isEqualTo("2022-08-01");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM verdict WHERE declaration_id = ?", Integer.class, id))
                .as("the sync's, the re-check's and the decision's verdicts").isEqualTo(3);
    }

    /** The decisions the verification queue offers on the declaration's EXCLUSION_AFTER_DECLARATION. */
    private List<String> allowed(String id) throws Exception {
        List<String> allowed = new ArrayList<>();
        String queue = rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD)
                .getForEntity("/api/ops/verifications", String.class).getBody();
        for (JsonNode waiting : JSON.readTree(queue)) {
            for (JsonNode finding : waiting.get("findings")) {
                if (waiting.get("declarationId").asText().equals(id)
                        && finding.get("rule").asText().equals("EXCLUSION_AFTER_DECLARATION")) {
                    finding.get("allowedDecisions").forEach(a -> allowed.add(a.get("decision").asText()));
                }
            }
        }
        return allowed;
    }

    private JsonNode latestVerdict(String id) throws IOException {
        return JSON.readTree(jdbc.queryForObject(
                "SELECT body FROM verdict WHERE declaration_id = ? ORDER BY id DESC LIMIT 1", String.class, id));
    }

    private static JsonNode exclusion(JsonNode verdict) {
        for (JsonNode finding : verdict.get("findings")) {
            if (finding.get("rule").asText().equals("EXCLUSION_AFTER_DECLARATION")) {
                return finding;
            }
        }
        throw new AssertionError("no EXCLUSION_AFTER_DECLARATION in " + verdict);
    }

    private static List<String> codes(JsonNode verdict) {
        List<String> codes = new ArrayList<>();
        verdict.get("findings").forEach(f -> codes.add(f.get("rule").asText() + ":" + f.get("outcome").asText()));
        return codes;
    }
}
