package gx.zhicheng.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Personal data by need, over real HTTP: a VIEWER (and any account without PERSONAL_DATA) gets ID numbers masked as
 * the logs mask them and no phone numbers, in the declaration and in every text around it; an account with the
 * permission gets them in full and each such read lands in the append-only access log, which the city office reads.
 */
@AutoConfigureTestRestTemplate
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonalDataTest {

    private static final String MASKED_ID = "4514*************3";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        OpsFixtures.registerSampleProvince(registry);
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void viewerGetsMaskedIdNumbersAndNoPhoneNumbers() throws Exception {
        String id = "GX-PD-0000001";
        OpsFixtures fixtures = new OpsFixtures(jdbc);
        fixtures.declaration(id, 1, "黄丽娟");
        fixtures.parked(id, 2);
        // an ID number and a mobile number where free text carries them: a decision's note and a verdict's evidence
        jdbc.update("""
                INSERT INTO decision (declaration_id, declaration_version, rule, decision, note, evidence, decided_by, decided_at, office)
                VALUES (?, 1, 'SI_RECORD_NOT_FOUND', 'APPROVE', ?, '{}', 'operator', CURRENT_TIMESTAMP, 'CITY')""",
                id, "电话 " + OpsFixtures.PHONE + " 核实，身份证 " + OpsFixtures.ID_NUMBER);

        ResponseEntity<String> answer = rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD)
                .getForEntity("/api/ops/declarations/" + id, String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode view = json.readTree(answer.getBody());
        assertThat(view.at("/payload/applicant/idNumber").asText()).isEqualTo(MASKED_ID);
        assertThat(view.at("/payload/applicant/name").asText()).isEqualTo("黄丽娟");
        assertThat(view.at("/payload/applicant").has("phone")).isFalse();
        assertThat(view.at("/decisions/0/note").asText()).isEqualTo("电话 139****0000 核实，身份证 " + MASKED_ID);
        assertThat(answer.getBody()).doesNotContain(OpsFixtures.ID_NUMBER).doesNotContain(OpsFixtures.PHONE);
        assertThat(accessRows(id)).isZero();

        // the same for an operator without the permission (the county's, for a declaration of its own)
        fixtures.declaration("GX-PD-0000002", 1, "农秀梅", "LONGZHOU");
        String county = rest.withBasicAuth(OpsFixtures.LONGZHOU, OpsFixtures.LONGZHOU_PASSWORD)
                .getForObject("/api/ops/declarations/GX-PD-0000002", String.class);
        assertThat(county).contains(MASKED_ID).doesNotContain(OpsFixtures.ID_NUMBER).doesNotContain(OpsFixtures.PHONE);
    }

    @Test
    void theQueueAndTheDeadLettersNeverCarryThemInFull() {
        String id = "GX-PD-0000003";
        OpsFixtures fixtures = new OpsFixtures(jdbc);
        fixtures.declaration(id, 1, "陆海燕");
        fixtures.verdict(id, 1, "VERIFY", List.<String[]>of(new String[] {"SI_RECORD_NOT_FOUND", "VERIFY"}));
        jdbc.update("UPDATE verdict SET body = REPLACE(body, '崇左市人民医院', ?) WHERE declaration_id = ?",
                "身份证 " + OpsFixtures.ID_NUMBER, id);
        fixtures.deadLetter(id, "pr-pd-dead");
        jdbc.update("UPDATE dead_letter SET response_body = ? WHERE outbox_id = (SELECT id FROM outbox WHERE idempotency_key = 'pr-pd-dead')",
                "{\"message\":\"手机号 " + OpsFixtures.PHONE + " 已存在\"}");

        for (String path : List.of("/api/ops/verifications", "/api/ops/dead-letters")) {
            String body = rest.withBasicAuth(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD).getForObject(path, String.class);
            assertThat(body).as(path).contains(id).doesNotContain(OpsFixtures.ID_NUMBER).doesNotContain(OpsFixtures.PHONE);
        }
    }

    @Test
    void theirHolderGetsThemInFullAndEveryReadIsLogged() throws Exception {
        String id = "GX-PD-0000010";
        new OpsFixtures(jdbc).declaration(id, 1, "覃海燕");

        JsonNode view = json.readTree(rest.withBasicAuth(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD)
                .getForObject("/api/ops/declarations/" + id, String.class));
        rest.withBasicAuth(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD).getForObject("/api/ops/declarations/" + id, String.class);

        assertThat(view.at("/payload/applicant/idNumber").asText()).isEqualTo(OpsFixtures.ID_NUMBER);
        assertThat(view.at("/payload/applicant/phone").asText()).isEqualTo(OpsFixtures.PHONE);
        assertThat(accessRows(id)).isEqualTo(2);
        assertThat(jdbc.queryForMap("SELECT accessed_by, endpoint, accessed_at FROM personal_data_access WHERE declaration_id = ? ORDER BY id LIMIT 1", id))
                .containsEntry("accessed_by", "operator")
                .containsEntry("endpoint", "GET /api/ops/declarations/" + id)
                .hasEntrySatisfying("accessed_at", at -> assertThat(at).isNotNull());

        JsonNode log = json.readTree(rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD)
                .getForObject("/api/ops/access-log?declarationId=" + id, String.class));
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.get(0).get("accessedBy").asText()).isEqualTo("operator");
        assertThat(log.get(0).get("declarationId").asText()).isEqualTo(id);
        assertThat(log.get(0).get("endpoint").asText()).isEqualTo("GET /api/ops/declarations/" + id);
        assertThat(log.get(0).get("accessedAt").asText()).isNotBlank();
        assertThat(rest.withBasicAuth(OpsFixtures.LONGZHOU, OpsFixtures.LONGZHOU_PASSWORD)
                .getForEntity("/api/ops/access-log", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theAccessLogIsAppendOnlyInTheCode() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main"))) {
            List<String> writes = sources.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".yaml") || p.toString().endsWith(".sql"))
                    .filter(p -> read(p).replaceAll("\\s+", " ").toLowerCase()
                            .matches("(?s).*(update personal_data_access|delete from personal_data_access"
                                    + "|truncate table personal_data_access|drop table personal_data_access).*"))
                    .map(Path::toString).toList();
            assertThat(writes).isEmpty();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int accessRows(String declarationId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM personal_data_access WHERE declaration_id = ?", Integer.class,
                declarationId);
    }
}
