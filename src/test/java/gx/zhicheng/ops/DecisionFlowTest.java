package gx.zhicheng.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Each decision of rules.md's table through the operator API, on the sample declarations after a real sync:
 * the new verdict the platform (WireMock) receives, the archive entry of a confirmed falsification received
 * once even when the decision is posted twice, and the refusals (409 for a finding the verdict does not carry,
 * 400 for a decision the table does not allow, 403 for a viewer).
 */
class DecisionFlowTest extends AfterSampleSync {

    private ResponseEntity<Map> decide(String id, String rule, String decision) {
        return rest.withBasicAuth(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD).postForEntity(
                "/api/ops/declarations/" + id + "/decisions",
                Map.of("rule", rule, "decision", decision, "note", "经电话核实"), Map.class);
    }

    private ResponseEntity<Map> approve(String user, String id, String rule) {
        return rest.withBasicAuth(user, OpsFixtures.OPERATOR_PASSWORD).postForEntity(
                "/api/ops/declarations/" + id + "/decisions/approve", Map.of("rule", rule), Map.class);
    }

    private JsonNode lastVerdictPushed(String id) throws Exception {
        List<LoggedRequest> puts = mock.findAll(putRequestedFor(urlPathEqualTo("/api/v1/declarations/" + id + "/pre-review")));
        assertThat(puts).as("the new verdict of %s was pushed once", id).hasSize(1);
        return json.readTree(puts.get(0).getBodyAsString());
    }

    private static List<String> codes(JsonNode verdict) {
        List<String> codes = new ArrayList<>();
        verdict.get("findings").forEach(f -> codes.add(f.get("rule").asText() + ":" + f.get("outcome").asText()));
        return codes;
    }

    @ParameterizedTest(name = "{1} {2} on {0} -> {3}")
    @CsvSource(delimiter = ';', value = {
            "GX2022-0001043; IDENTITY_TYPE_MISMATCH; DISMISS; PASS; ''",
            "GX2022-0001028; CIVIL_SERVANT; CONFIRM; REJECT; CIVIL_SERVANT:REJECT",
            "GX2022-0001037; SI_RECORD_NOT_FOUND; APPROVE; PASS; SI_RECORD_NOT_FOUND:INFO",
            "GX2022-0001039; PRIVATE_SI_CONTINUITY; REFUSE; RETURN; PRIVATE_SI_CONTINUITY:RETURN",
            "GX2022-0001049; NO_TITLE_APPROVAL_REQUIRED; APPROVE; PASS; NO_TITLE_APPROVAL_REQUIRED:INFO",
            "GX2022-0001051; EXCEPTIONAL_APPROVAL_REQUIRED; REFUSE; REJECT; EXCEPTIONAL_APPROVAL_REQUIRED:REJECT"})
    void aDecisionChangesTheFindingAndPushesTheNewVerdict(String id, String rule, String decision, String outcome,
                                                          String findings) throws Exception {
        ResponseEntity<Map> answer = decide(id, rule, decision);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).containsEntry("result", "APPLIED");
        JsonNode verdict = lastVerdictPushed(id);
        assertThat(verdict.get("outcome").asText()).isEqualTo(outcome);
        assertThat(codes(verdict)).isEqualTo(findings.isBlank() ? List.of() : List.of(findings.split(",")));
    }

    @Test
    void confirmedFalsificationPushesOneArchiveEntryAndARejectEvenWhenPostedTwice() throws Exception {
        String id = "GX2022-0001041";

        // four eyes (zhicheng.decisions.confirm-falsification.second-approver, on by default): asked, nothing pushed yet
        assertThat(decide(id, "WORK_HISTORY_MISMATCH", "CONFIRM_FALSIFICATION").getBody())
                .containsEntry("result", "AWAITING_APPROVAL");
        assertThat(mock.findAll(postRequestedFor(urlPathEqualTo("/api/v1/integrity-archive")))).isEmpty();
        assertThat(approve(OpsFixtures.OPERATOR, id, "WORK_HISTORY_MISMATCH").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(mock.findAll(postRequestedFor(urlPathEqualTo("/api/v1/integrity-archive")))).isEmpty();
        assertThat(approve(OpsFixtures.OPERATOR2, id, "WORK_HISTORY_MISMATCH").getBody()).containsEntry("result", "APPLIED");
        assertThat(decide(id, "WORK_HISTORY_MISMATCH", "CONFIRM_FALSIFICATION").getBody())
                .containsEntry("result", "ALREADY_APPLIED");
        assertThat(jdbc.queryForObject("SELECT decided_by || '/' || approved_by FROM decision WHERE declaration_id = ?",
                String.class, id)).isEqualTo("operator/operator2");

        JsonNode verdict = lastVerdictPushed(id);
        assertThat(verdict.get("outcome").asText()).isEqualTo("REJECT");
        assertThat(verdict.get("findings").get(0).get("rule").asText()).isEqualTo("FALSIFICATION_CONFIRMED");
        List<LoggedRequest> entries = mock.findAll(postRequestedFor(urlPathEqualTo("/api/v1/integrity-archive")));
        assertThat(entries).hasSize(1);
        JsonNode entry = json.readTree(entries.get(0).getBodyAsString());
        assertThat(entry.get("declarationId").asText()).isEqualTo(id);
        assertThat(entry.get("recordedOn").asText()).isEqualTo("2022-08-01");
        assertThat(entry.get("expiresOn").asText()).isEqualTo("2025-08-01");
        assertThat(entries.get(0).getHeader("Idempotency-Key")).isEqualTo("ia-" + id + "-WORK_HISTORY_MISMATCH");
    }

    @Test
    void aDecidedFindingLeavesTheQueueAndStaysInTheAuditTrail() throws Exception {
        String id = "GX2022-0001042";
        assertThat(queued(id)).isEqualTo(List.of("WORK_HISTORY_MISMATCH:CONFIRM_FALSIFICATION,DISMISS"));

        assertThat(decide(id, "WORK_HISTORY_MISMATCH", "DISMISS").getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(queued(id)).isEmpty();
        JsonNode decisions = json.readTree(viewer().getForEntity("/api/ops/declarations/" + id, String.class).getBody())
                .get("decisions");
        assertThat(decisions).hasSize(1);
        assertThat(decisions.get(0).get("rule").asText()).isEqualTo("WORK_HISTORY_MISMATCH");
        assertThat(decisions.get(0).get("decision").asText()).isEqualTo("DISMISS");
        assertThat(decisions.get(0).get("note").asText()).isEqualTo("经电话核实");
        assertThat(decisions.get(0).get("decidedBy").asText()).isEqualTo("operator");
        assertThat(decisions.get(0).get("decidedAt").asText()).startsWith("2022-08-01T10:00");
        // the audit trail has no call that edits or deletes it
        var edit = rest.withBasicAuth(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD).exchange(
                "/api/ops/declarations/" + id + "/decisions", org.springframework.http.HttpMethod.DELETE, null, String.class);
        assertThat(edit.getStatusCode().is2xxSuccessful()).isFalse();
    }

    private TestRestTemplate viewer() {
        return rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD);
    }

    /** The queue's findings of a declaration, as rule:allowed decisions. */
    private List<String> queued(String id) throws Exception {
        List<String> found = new ArrayList<>();
        for (JsonNode w : json.readTree(viewer().getForEntity("/api/ops/verifications", String.class).getBody())) {
            if (w.get("declarationId").asText().equals(id)) {
                for (JsonNode f : w.get("findings")) {
                    List<String> allowed = new ArrayList<>();
                    f.get("allowedDecisions").forEach(a -> allowed.add(a.get("decision").asText()));
                    found.add(f.get("rule").asText() + ":" + String.join(",", allowed));
                }
            }
        }
        return found;
    }

    @Test
    void refusesADecisionOnAFindingTheLatestVerdictDoesNotCarry() {
        ResponseEntity<Map> answer = decide("GX2022-0001001", "WORK_HISTORY_MISMATCH", "DISMISS");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(mock.findAll(putRequestedFor(urlPathEqualTo("/api/v1/declarations/GX2022-0001001/pre-review")))).isEmpty();
    }

    @Test
    void refusesADecisionTheTableDoesNotAllow() {
        assertThat(decide("GX2022-0001053", "WORK_HISTORY_MISMATCH", "APPROVE").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aViewerCannotDecide() {
        ResponseEntity<Map> answer = rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD).postForEntity(
                "/api/ops/declarations/GX2022-0001053/decisions",
                Map.of("rule", "WORK_HISTORY_MISMATCH", "decision", "DISMISS"), Map.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
