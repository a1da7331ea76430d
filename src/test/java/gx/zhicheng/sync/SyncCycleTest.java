package gx.zhicheng.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import gx.zhicheng.mocks.FixedClock;
import gx.zhicheng.mocks.MockedProvince;
import gx.zhicheng.runs.SyncRuns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real routes against the mocks of mocks/ (WireMock over real HTTP) on a real database: every sample
 * declaration gets the verdict rules.md says, pushed once, and a second run with nothing new pushes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(FixedClock.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncCycleTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        MockedProvince.register(registry);
    }

    @Autowired
    SyncLauncher launcher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private final WireMockServer mock = MockedProvince.server();
    /** The first run over the samples, made by whichever test needs it first: each test also runs alone. */
    private static FirstRun first;

    private record FirstRun(SyncRuns.Run run, List<LoggedRequest> puts, Map<String, JsonNode> pushed) {}

    private FirstRun first() throws Exception {
        if (first == null) {
            mock.resetRequests();
            SyncRuns.Run run = launcher.runNow("TEST", null);
            List<LoggedRequest> puts = mock.findAll(putRequestedFor(urlPathMatching("/api/v1/declarations/.+/pre-review")));
            Map<String, JsonNode> pushed = new HashMap<>();
            for (LoggedRequest put : puts) {
                JsonNode body = json.readTree(put.getBodyAsString());
                pushed.put(body.get("declarationId").asText(), body);
            }
            first = new FirstRun(run, puts, pushed);
        }
        return first;
    }

    @Test
    @Order(1)
    void firstRunPushesTheVerdictOfEverySampleOnce() throws Exception {
        SyncRuns.Run run = first().run();
        Map<String, JsonNode> pushed = first().pushed();

        assertThat(run.state()).isEqualTo("SUCCEEDED");
        Map<String, SampleExpectations> expected = SampleExpectations.load();
        List<String> seen = new ArrayList<>();
        for (LoggedRequest put : first().puts()) {
            String id = json.readTree(put.getBodyAsString()).get("declarationId").asText();
            seen.add(id);
            assertThat(put.getHeader("Idempotency-Key")).isNotBlank();
            assertThat(put.getUrl()).isEqualTo("/api/v1/declarations/" + id + "/pre-review");
        }
        List<String> expectedIds = expected.values().stream().filter(SampleExpectations::getsVerdict)
                .map(SampleExpectations::declarationId).toList();
        assertThat(seen).as("one push per reviewed declaration").containsExactlyInAnyOrderElementsOf(expectedIds);
        for (String id : expectedIds) {
            SampleExpectations e = expected.get(id);
            JsonNode body = pushed.get(id);
            List<String> codes = new ArrayList<>();
            body.get("findings").forEach(f -> codes.add(f.get("rule").asText()));
            assertThat(body.get("outcome").asText()).as("%s: %s", id, e.purpose()).isEqualTo(e.outcome());
            assertThat(codes).as("%s: %s", id, e.purpose()).isEqualTo(e.findings());
        }
        long parked = expected.values().stream().filter(e -> e.outcome().equals("PARKED")).count();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM parked_declaration", Long.class)).isEqualTo(parked);
        assertThat(run.pulled()).isGreaterThanOrEqualTo(expected.size());
        assertThat(run.reviewed()).isEqualTo(expectedIds.size());
        assertThat(run.pushed()).isEqualTo(expectedIds.size());
    }

    /** The exact bodies PUT for two samples, checked by hand against rules.md and attachment 3. */
    @Test
    @Order(2)
    void pushesTheExactVerdictBodies() throws Exception {
        Map<String, JsonNode> pushed = first().pushed();
        assertThat(pushed.get("GX2022-0001038")).isEqualTo(json.readTree("""
                {
                  "declarationId": "GX2022-0001038",
                  "declarationVersion": 1,
                  "outcome": "RETURN",
                  "findings": [
                    {
                      "rule": "PRIVATE_SI_CONTINUITY",
                      "outcome": "RETURN",
                      "message": "民营企业申报人员应有在申报单位连续6个月以上（不含申报当月）的社保缴费记录，以下月份缺少：2021-12~2022-02；如6个月内有工作单位变动，请上传工作单位变动情况说明及证明材料。",
                      "evidence": {
                        "window": "2021-12~2022-05",
                        "monthsLacking": [
                          "2021-12~2022-02"
                        ],
                        "otherSiUnits": [
                          "扶绥县宏达建筑工程有限公司"
                        ],
                        "otherDeclaredEmployers": [
                          "扶绥县宏达建筑工程有限公司"
                        ],
                        "unitChangeExplanation": false
                      }
                    }
                  ],
                  "reviewOffice": {
                    "name": "江州区职改办",
                    "phone": "0771-7840659",
                    "address": "崇左市江州区新民路1巷7号"
                  },
                  "reviewedAt": "2022-08-01T10:00:00+08:00",
                  "rulesVersion": "2022.2"
                }
                """));
        assertThat(pushed.get("GX2022-0001010")).isEqualTo(json.readTree("""
                {
                  "declarationId": "GX2022-0001010",
                  "declarationVersion": 1,
                  "outcome": "PASS",
                  "findings": [
                    {
                      "rule": "PRIOR_YEAR_CE_HOURS_LOW",
                      "outcome": "INFO",
                      "message": "申报人2021年度继续教育学时为56学时（公需科目20学时、专业科目36学时），未达到每年累计不少于90学时、其中专业科目不少于60学时的要求，作为推荐参评的参考。",
                      "evidence": {
                        "year": 2021,
                        "requiredTotalHours": 90,
                        "requiredProfessionalHours": 60,
                        "recorded": true,
                        "publicHours": 20,
                        "professionalHours": 36,
                        "totalHours": 56
                      }
                    }
                  ],
                  "reviewOffice": {
                    "name": "江州区职改办",
                    "phone": "0771-7840659",
                    "address": "崇左市江州区新民路1巷7号"
                  },
                  "reviewedAt": "2022-08-01T10:00:00+08:00",
                  "rulesVersion": "2022.2"
                }
                """));
    }

    /**
     * Rules 2022.2 (rules.md, "unit recommendation"): the SUBMITTED samples are stored, not parked, get no verdict and
     * wait for nobody in the office (AWAITING_UNIT); GX2022-0001067 still made GX2022-0001068 a DUPLICATE_SAME_LEVEL
     * (asserted with every expected finding above).
     */
    @Test
    @Order(3)
    void aDeclarationItsUnitHasNotRecommendedIsStoredButGetsNoVerdict() throws Exception {
        Map<String, JsonNode> pushed = first().pushed();
        for (String id : List.of("GX2022-0001066", "GX2022-0001067")) {
            assertThat(jdbc.queryForObject("SELECT review_state FROM declaration WHERE declaration_id = ?", String.class, id))
                    .as(id).isEqualTo("AWAITING_UNIT");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM verdict WHERE declaration_id = ?", Long.class, id)).as(id).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM parked_declaration WHERE declaration_id = ?", Long.class, id))
                    .as(id).isZero();
            assertThat(pushed).as(id).doesNotContainKey(id);
        }
    }

    @Test
    @Order(4)
    void secondRunWithNothingNewPushesNothing() throws Exception {
        first();
        mock.resetRequests();

        SyncRuns.Run run = launcher.runNow("TEST", null);

        assertThat(run.state()).isEqualTo("SUCCEEDED");
        assertThat(mock.findAll(putRequestedFor(urlPathMatching("/api/v1/declarations/.+/pre-review")))).isEmpty();
        assertThat(run.pushed()).isZero();
    }

    /** Its first UNIT_RECOMMENDED version is reviewed as usual (a clean sample: PASS); one that goes back to SUBMITTED is not. */
    @Test
    @Order(5)
    void theFirstRecommendedVersionIsReviewedAndOneBackToSubmittedIsNot() throws Exception {
        first();
        int recommended = MockedProvince.province().declarations().newVersion("GX2022-0001066", "UNIT_RECOMMENDED");
        mock.resetRequests();

        SyncRuns.Run run = launcher.runNow("TEST", null);

        var puts = mock.findAll(putRequestedFor(urlPathMatching("/api/v1/declarations/.+/pre-review")));
        assertThat(puts).hasSize(1);
        JsonNode body = json.readTree(puts.get(0).getBodyAsString());
        assertThat(body.get("declarationId").asText()).isEqualTo("GX2022-0001066");
        assertThat(body.get("declarationVersion").asInt()).isEqualTo(recommended);
        assertThat(body.get("outcome").asText()).isEqualTo("PASS");
        assertThat(body.get("rulesVersion").asText()).isEqualTo("2022.2");
        assertThat(run.reviewed()).isEqualTo(1);

        MockedProvince.province().declarations().newVersion("GX2022-0001066", "SUBMITTED");
        mock.resetRequests();
        SyncRuns.Run again = launcher.runNow("TEST", null);
        assertThat(again.reviewed()).isZero();
        assertThat(mock.findAll(putRequestedFor(urlPathMatching("/api/v1/declarations/.+/pre-review")))).isEmpty();
        assertThat(jdbc.queryForObject("SELECT review_state FROM declaration WHERE declaration_id = 'GX2022-0001066'", String.class))
                .isEqualTo("AWAITING_UNIT");
    }
}

