package gx.zhicheng.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Offices over real HTTP after a real sync of the sample declarations (each routed by the office directory when
 * it is stored): an operator of 龙州县职改办 sees and decides only Longzhou's declarations and gets the same 404 for
 * another office's as for one that does not exist, in the API, the documents, the statistics and the CSV; the city
 * office sees all and may filter by office; what touches the whole city is the city office's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficeScopeTest extends AfterSampleSync {

    /** Longzhou's VERIFY sample (employer in 451423); GX2022-0001038 is 江州区's RETURN, GX2022-0001001 the health commission's. */
    private static final String LONGZHOU_VERIFY = "GX2022-0001042";
    private static final String JIANGZHOU_RETURN = "GX2022-0001038";
    private static final String HEALTH_PASS = "GX2022-0001001";

    @Test
    @Order(1)
    void storesEachDeclarationUnderTheOfficeTheDirectoryChooses() {
        assertThat(office("declaration", "declaration_id", LONGZHOU_VERIFY)).isEqualTo("LONGZHOU");
        assertThat(office("declaration", "declaration_id", JIANGZHOU_RETURN)).isEqualTo("JIANGZHOU");
        assertThat(office("declaration", "declaration_id", HEALTH_PASS)).isEqualTo("HEALTH_COMMISSION");
        // parked (no level): routed from the fields it has, employer 451423
        assertThat(office("parked_declaration", "declaration_id", "GX2022-0001061")).isEqualTo("LONGZHOU");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM declaration WHERE review_office IS NULL", Integer.class)).isZero();
    }

    @Test
    @Order(2)
    void countyOperatorSeesOnlyItsOfficesQueueAndTheCityOfficeSeesAllOrFilters() {
        List<String> longzhou = ids(read(county(), "/api/ops/verifications"));
        List<String> city = ids(read(city(), "/api/ops/verifications"));
        List<String> cityFiltered = ids(read(city(), "/api/ops/verifications?office=LONGZHOU"));

        assertThat(longzhou).contains(LONGZHOU_VERIFY).allSatisfy(id -> assertThat(officeOf(id)).isEqualTo("LONGZHOU"));
        assertThat(city).contains(LONGZHOU_VERIFY).anySatisfy(id -> assertThat(officeOf(id)).isNotEqualTo("LONGZHOU"));
        assertThat(city.size()).isGreaterThan(longzhou.size());
        assertThat(cityFiltered).isEqualTo(longzhou);
        // a county cannot widen its scope by naming another office: it sees nothing rather than more
        assertThat(ids(read(county(), "/api/ops/verifications?office=JIANGZHOU"))).isEmpty();
        assertThat(read(county(), "/api/ops/verifications").get(0).get("reviewOffice").asText()).isEqualTo("LONGZHOU");
    }

    @Test
    @Order(3)
    void anotherOfficesDeclarationAnswersExactlyLikeAnUnknownOne() throws Exception {
        ResponseEntity<String> unknown = county().getForEntity("/api/ops/declarations/GX-NOBODY", String.class);
        ResponseEntity<String> elsewhere = county().getForEntity("/api/ops/declarations/" + JIANGZHOU_RETURN, String.class);

        assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(elsewhere.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(json.readTree(elsewhere.getBody()).get("title")).isEqualTo(json.readTree(unknown.getBody()).get("title"));
        assertThat(json.readTree(elsewhere.getBody()).get("detail").asText()).isEqualTo("没有找到申报 " + JIANGZHOU_RETURN);
        assertThat(county().getForEntity("/api/ops/declarations/" + LONGZHOU_VERIFY, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(county().getForEntity("/api/ops/declarations/GX2022-0001061", String.class).getStatusCode())
                .as("a parked declaration of the county").isEqualTo(HttpStatus.OK);
        assertThat(city().getForEntity("/api/ops/declarations/" + JIANGZHOU_RETURN, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertThat(post(county(), "/api/ops/declarations/" + JIANGZHOU_RETURN + "/resync?dryRun=true").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(county().getForEntity("/console/notices/" + JIANGZHOU_RETURN, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(county().getForEntity("/console/letters/" + JIANGZHOU_RETURN, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(city().getForEntity("/console/notices/" + JIANGZHOU_RETURN, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(county().getForEntity("/console/notices?year=2022", String.class).getBody()).doesNotContain(JIANGZHOU_RETURN);
        assertThat(city().getForEntity("/console/notices?year=2022", String.class).getBody()).contains(JIANGZHOU_RETURN);
    }

    @Test
    @Order(4)
    void countyOperatorCannotDecideAnotherOfficesFindingAndDecidesItsOwnOnBehalfOfItsOffice() {
        String otherVerify = ids(read(city(), "/api/ops/verifications")).stream()
                .filter(id -> !"LONGZHOU".equals(officeOf(id))).findFirst().orElseThrow();
        String rule = read(city(), "/api/ops/verifications").findParents("declarationId").stream()
                .filter(w -> w.get("declarationId").asText().equals(otherVerify)).findFirst().orElseThrow()
                .at("/findings/0/rule").asText();

        ResponseEntity<String> refused = county().postForEntity("/api/ops/declarations/" + otherVerify + "/decisions",
                Map.of("rule", rule, "decision", "DISMISS"), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(decisions(otherVerify)).isZero();

        ResponseEntity<String> decided = county().postForEntity("/api/ops/declarations/" + LONGZHOU_VERIFY + "/decisions",
                Map.of("rule", "WORK_HISTORY_MISMATCH", "decision", "DISMISS", "note", "已核实"), String.class);
        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForMap("SELECT decided_by, office FROM decision WHERE declaration_id = ?", LONGZHOU_VERIFY))
                .containsEntry("decided_by", "longzhou").containsEntry("office", "LONGZHOU");
        assertThat(read(county(), "/api/ops/declarations/" + LONGZHOU_VERIFY).at("/decisions/0/office").asText())
                .isEqualTo("LONGZHOU");
    }

    @Test
    @Order(5)
    void statisticsAndTheirCsvCountOnlyTheUsersOffices() {
        JsonNode county = read(county(), "/api/ops/statistics?year=2022");
        JsonNode city = read(city(), "/api/ops/statistics?year=2022");
        JsonNode cityFiltered = read(city(), "/api/ops/statistics?year=2022&office=LONGZHOU");
        int longzhouWithVerdict = jdbc.queryForObject("""
                SELECT COUNT(*) FROM declaration d WHERE d.review_office = 'LONGZHOU' AND d.decl_year = 2022
                   AND d.review_state <> 'NO_VERDICT' AND EXISTS (SELECT 1 FROM verdict v WHERE v.declaration_id = d.declaration_id)""",
                Integer.class);

        assertThat(county.get("declarations").asInt()).isEqualTo(longzhouWithVerdict).isPositive();
        assertThat(county.get("byOffice").toString()).contains("龙州县职改办").doesNotContain("江州区职改办");
        assertThat(city.get("declarations").asInt()).isGreaterThan(longzhouWithVerdict);
        assertThat(city.get("byOffice").toString()).contains("龙州县职改办", "江州区职改办");
        assertThat(cityFiltered).isEqualTo(county);

        String csv = county().getForEntity("/api/ops/statistics.csv?year=2022", String.class).getBody();
        assertThat(csv).contains("龙州县职改办").doesNotContain("江州区职改办")
                .contains("有预审意见的申报," + longzhouWithVerdict);
    }

    @Test
    @Order(6)
    void deadLettersAreScopedToo() throws Exception {
        OpsFixtures fixtures = new OpsFixtures(jdbc);
        long jiangzhou = fixtures.deadLetter(JIANGZHOU_RETURN, "pr-scope-jiangzhou");
        long longzhou = fixtures.deadLetter(LONGZHOU_VERIFY, "pr-scope-longzhou");

        List<Long> seen = new ArrayList<>();
        read(county(), "/api/ops/dead-letters").forEach(d -> seen.add(d.get("id").asLong()));
        assertThat(seen).contains(longzhou).doesNotContain(jiangzhou);
        assertThat(read(city(), "/api/ops/dead-letters").toString()).contains("pr-scope-jiangzhou", "pr-scope-longzhou");

        assertThat(post(county(), "/api/ops/dead-letters/" + jiangzhou + "/retry").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(fixtures.outboxRow(jiangzhou).get("state")).isEqualTo("DEAD");
        assertThat(post(county(), "/api/ops/dead-letters/" + longzhou + "/retry").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    }

    @Test
    @Order(7)
    void whatTouchesTheWholeCityIsTheCityOfficesAlone() throws Exception {
        for (String path : List.of("/api/ops/sync", "/api/ops/recheck")) {
            ResponseEntity<String> refused = post(county(), path);
            assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(json.readTree(refused.getBody()).get("detail").asText()).contains("崇左市职改办");
        }
        assertThat(county().getForEntity("/api/ops/access-log", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(county().getForEntity("/api/ops/runs", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sync_run", Integer.class)).isEqualTo(1);
    }

    private String office(String table, String key, String id) {
        return jdbc.queryForObject("SELECT MAX(review_office) FROM " + table + " WHERE " + key + " = ?", String.class, id);
    }

    private String officeOf(String declarationId) {
        return office("declaration", "declaration_id", declarationId);
    }

    private int decisions(String declarationId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM decision WHERE declaration_id = ?", Integer.class, declarationId);
    }

    private static List<String> ids(JsonNode queue) {
        List<String> ids = new ArrayList<>();
        queue.forEach(w -> ids.add(w.get("declarationId").asText()));
        return ids;
    }

    private TestRestTemplate county() {
        return rest.withBasicAuth(OpsFixtures.LONGZHOU, OpsFixtures.LONGZHOU_PASSWORD);
    }

    private TestRestTemplate city() {
        return rest.withBasicAuth(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD);
    }

    private JsonNode read(TestRestTemplate client, String path) {
        ResponseEntity<String> answer = client.getForEntity(path, String.class);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        try {
            return json.readTree(answer.getBody());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResponseEntity<String> post(TestRestTemplate client, String path) {
        return client.exchange(path, HttpMethod.POST, HttpEntity.EMPTY, String.class);
    }
}
