package gx.zhicheng.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gx.zhicheng.audit.AuditLog;
import gx.zhicheng.audit.ChainVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 24, on the sample declarations after a real sync (H2, and PostgreSQL with -Dtest.db=postgres): the actions on
 * record with who and from where, read by the city office only; the chain intact after the flow, a verdict, a decision
 * and an audit event changed by SQL each breaking it at that entry (each test restores the row), a deleted verdict
 * named, and concurrent appends keeping it intact.
 */
class AuditChainTest extends AfterSampleSync {

    @Autowired
    ChainVerifier verifier;
    @Autowired
    AuditLog audit;

    private JsonNode get(String user, String password, String path) throws Exception {
        ResponseEntity<String> answer = rest.withBasicAuth(user, password).getForEntity(path, String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    @Test
    void theChainIsIntactAfterTheFlowAndItsVerificationIsTheCityOfficesOnly() throws Exception {
        JsonNode result = get(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD, "/api/ops/audit/verify");

        assertThat(result.get("intact").asBoolean()).as(result.toString()).isTrue();
        Integer verdicts = jdbc.queryForObject("SELECT COUNT(*) FROM verdict", Integer.class);
        assertThat(result.get("entries").asLong()).isGreaterThan(verdicts);
        assertThat(rest.withBasicAuth(OpsFixtures.LONGZHOU, OpsFixtures.LONGZHOU_PASSWORD)
                .getForEntity("/api/ops/audit/verify", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth(OpsFixtures.LONGZHOU, OpsFixtures.LONGZHOU_PASSWORD)
                .getForEntity("/api/ops/audit", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anOperatorsSyncAndAFailedLoginAreOnRecordWithWhoAndFromWhere() throws Exception {
        rest.withBasicAuth(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD).postForEntity("/api/ops/sync", null, String.class);
        rest.withBasicAuth(OpsFixtures.OPERATOR, "wrong").getForEntity("/api/ops/runs", String.class);

        JsonNode page = get(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD, "/api/ops/audit?limit=50");
        List<String> seen = new ArrayList<>();
        page.get("items").forEach(e -> seen.add(e.get("action").asText() + " " + e.get("actor").asText() + " "
                + e.path("remoteAddress").asText("-")));
        assertThat(seen).contains("SYNC operator 127.0.0.1", "LOGIN_FAILED operator 127.0.0.1");
        // the test's own sync before the first test: the scheduler, no address
        assertThat(seen).anyMatch(s -> s.startsWith("SYNC scheduler"));
        assertThat(seen).anyMatch(s -> s.startsWith("SETTINGS scheduler"));
        // newest first
        assertThat(page.get("items").get(0).get("id").asLong()).isGreaterThan(page.get("items").get(1).get("id").asLong());
    }

    @ParameterizedTest(name = "{0} changed by SQL")
    @CsvSource(delimiter = ';', value = {
            "VERDICT; verdict; UPDATE verdict SET outcome = CASE WHEN outcome = 'PASS' THEN 'REJECT' ELSE 'PASS' END WHERE id = ?; UPDATE verdict SET outcome = ? WHERE id = ?; outcome",
            "VERDICT; verdict; UPDATE verdict SET body = CONCAT(body, ' ') WHERE id = ?; UPDATE verdict SET body = ? WHERE id = ?; body",
            "DECISION; decision; UPDATE decision SET decided_by = 'someone' WHERE id = ?; UPDATE decision SET decided_by = ? WHERE id = ?; decided_by",
            "DECISION; decision; UPDATE decision SET note = CONCAT(note, '无') WHERE id = ?; UPDATE decision SET note = ? WHERE id = ?; note",
            "AUDIT; audit_event; UPDATE audit_event SET actor = 'someone' WHERE id = ?; UPDATE audit_event SET actor = ? WHERE id = ?; actor"})
    void aRowChangedBySqlBreaksTheChainAtThatEntry(String kind, String table, String tamper, String restore, String column)
            throws Exception {
        ensureADecision();
        long id = jdbc.queryForObject("SELECT MAX(ref_id) FROM chain_entry WHERE kind = ?", Long.class, kind);
        Object before = jdbc.queryForObject("SELECT " + column + " FROM " + table + " WHERE id = ?", Object.class, id);
        assertThat(verifier.verify().intact()).isTrue();

        jdbc.update(tamper, id);
        try {
            JsonNode result = get(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD, "/api/ops/audit/verify");
            System.out.println("verify after " + tamper + ": " + result);

            assertThat(result.get("intact").asBoolean()).isFalse();
            assertThat(result.get("brokenEntry").asText()).startsWith(kind + " " + id + " ");
        } finally {
            jdbc.update(restore, before, id);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aVerdictDeletedBySqlIsNamedAndARetentionPurgeIsNot() {
        long id = jdbc.queryForObject("SELECT MIN(ref_id) FROM chain_entry WHERE kind = 'VERDICT'", Long.class);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM verdict WHERE id = ?", id);
        jdbc.update("DELETE FROM verdict WHERE id = ?", id);
        try {
            ChainVerifier.Result result = verifier.verify();
            System.out.println("verify after a delete: " + result);
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenEntry()).startsWith("VERDICT " + id + " ");
            assertThat(result.reason()).contains("deleted");
        } finally {
            jdbc.update("INSERT INTO verdict (id, declaration_id, declaration_version, outcome, content_hash, body, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)", row.get("id"), row.get("declaration_id"), row.get("declaration_version"),
                    row.get("outcome"), row.get("content_hash"), row.get("body"), row.get("created_at"));
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void concurrentAppendsKeepTheChainIntact() throws Exception {
        long before = jdbc.queryForObject("SELECT seq FROM chain_head WHERE id = 1", Long.class);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Object>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                tasks.add(() -> {
                    for (int i = 0; i < 25; i++) {
                        audit.record("test-" + thread, null, "TEST", "append " + i, null);
                    }
                    return null;
                });
            }
            for (Future<Object> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        ChainVerifier.Result result = verifier.verify();
        assertThat(result.intact()).as(result.toString()).isTrue();
        assertThat(jdbc.queryForObject("SELECT seq FROM chain_head WHERE id = 1", Long.class)).isEqualTo(before + 100);
    }

    private void ensureADecision() {
        Integer decisions = jdbc.queryForObject("SELECT COUNT(*) FROM decision", Integer.class);
        if (decisions == 0) {
            ResponseEntity<Map> answer = rest.withBasicAuth(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD).postForEntity(
                    "/api/ops/declarations/GX2022-0001043/decisions",
                    Map.of("rule", "IDENTITY_TYPE_MISMATCH", "decision", "DISMISS", "note", "经电话核实"), Map.class);
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        }
    }
}
