package gx.zhicheng.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gx.zhicheng.audit.ChainVerifier;
import gx.zhicheng.audit.ChainedPurge;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Replayable verdicts (issue 24), on the sample declarations after a real sync: every sample's first verdict replays
 * identically from the inputs kept with it; a verdict whose stored outcome differs from what its inputs give is
 * answered "different" with the difference; a county may not replay; after retention empties the inputs the replay
 * says why it cannot run and the digests remain (and the chain still verifies).
 */
class VerdictReplayTest extends AfterSampleSync {

    @Autowired
    ChainedPurge purges;
    @Autowired
    ChainVerifier verifier;

    private ResponseEntity<String> replay(String user, String password, String id, int n) {
        return rest.withBasicAuth(user, password).postForEntity("/api/ops/declarations/" + id + "/verdicts/" + n + "/replay",
                null, String.class);
    }

    private JsonNode replayed(String id, int n) throws Exception {
        ResponseEntity<String> answer = replay(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD, id, n);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    @Test
    void everySampleVerdictReplaysIdentically() throws Exception {
        List<String> ids = jdbc.queryForList("SELECT DISTINCT declaration_id FROM verdict ORDER BY declaration_id", String.class);
        assertThat(ids).hasSizeGreaterThan(50);
        for (String id : ids) {
            JsonNode answer = replayed(id, 1);
            assertThat(answer.get("replayable").asBoolean()).as(id + " " + answer).isTrue();
            assertThat(answer.get("same").asBoolean()).as(id + " " + answer).isTrue();
            assertThat(answer.get("settingsThen").asText()).isEqualTo(answer.get("settingsNow").asText());
        }
        System.out.println("replayed " + ids.size() + " verdicts, e.g. " + replayed("GX2022-0001041", 1));
        assertThat(replay(OpsFixtures.LONGZHOU, OpsFixtures.LONGZHOU_PASSWORD, "GX2022-0001041", 1).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(replay(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD, "GX2022-0001041", 9).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aVerdictThatItsInputsDoNotGiveIsAnsweredDifferentWithTheDifference() throws Exception {
        String id = "GX2022-0001041";
        long verdict = jdbc.queryForObject("SELECT MIN(id) FROM verdict WHERE declaration_id = ?", Long.class, id);
        String body = jdbc.queryForObject("SELECT body FROM verdict WHERE id = ?", String.class, verdict);
        String hash = jdbc.queryForObject("SELECT content_hash FROM verdict WHERE id = ?", String.class, verdict);
        jdbc.update("UPDATE verdict SET body = REPLACE(body, '\"outcome\":\"VERIFY\"', '\"outcome\":\"PASS\"'), content_hash = 'x' WHERE id = ?",
                verdict);
        try {
            JsonNode answer = replayed(id, 1);
            System.out.println("replay of an altered verdict: " + answer);
            assertThat(answer.get("same").asBoolean()).isFalse();
            assertThat(answer.get("differences").toString()).contains("outcome: PASS -> VERIFY");
        } finally {
            jdbc.update("UPDATE verdict SET body = ?, content_hash = ? WHERE id = ?", body, hash, verdict);
        }
    }

    @Test
    void afterRetentionTheDigestsRemainAndTheReplaySaysWhyItCannotRun() throws Exception {
        // the inputs of the declarations stay until they are purged with the verdicts; empty only the inputs here
        // (the purge's first step) so the verdicts stay for the other tests of this class
        jdbc.update("INSERT INTO purged_entry (kind, ref_id, what, purged_at) SELECT 'INPUT', id, 'PERSONAL', CURRENT_TIMESTAMP "
                + "FROM verdict_input WHERE declaration_id = 'GX2022-0001038'");
        jdbc.update("UPDATE verdict_input SET inputs = NULL WHERE declaration_id = 'GX2022-0001038'");

        JsonNode answer = replayed("GX2022-0001038", 1);
        System.out.println("replay after retention: " + answer);
        assertThat(answer.get("replayable").asBoolean()).isFalse();
        assertThat(answer.get("reason").asText()).contains("已于 20").contains("清除");
        assertThat(answer.get("digests").get("si_digest").asText()).hasSize(64);
        ChainVerifier.Result chain = verifier.verify();
        assertThat(chain.intact()).as(chain.toString()).isTrue();
    }
}
