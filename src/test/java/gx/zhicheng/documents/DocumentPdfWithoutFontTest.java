package gx.zhicheng.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gx.zhicheng.ops.OpsFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A machine without a CJK TrueType font (the font search looks in an empty folder): the adapter starts, the
 * print pages work, and the PDFs answer a 503 problem detail that says what to install or set.
 */
@AutoConfigureTestRestTemplate
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentPdfWithoutFontTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "GX2022-0008801";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        OpsFixtures.registerSampleProvince(registry);
        try {
            Path empty = Files.createTempDirectory("no-fonts-");
            empty.toFile().deleteOnExit();
            registry.add("zhicheng.documents.pdf-font-folders", empty::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aReturnedDeclaration() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM declaration WHERE declaration_id = ?", Integer.class, ID) > 0) {
            return;
        }
        ObjectNode payload = JSON.createObjectNode().put("declarationId", ID).put("version", 1).put("year", 2022)
                .put("declaredOn", "2022-06-20").put("status", "SUBMITTED").put("series", "ENGINEERING")
                .put("level", "INTERMEDIATE");
        payload.putObject("applicant").put("name", "农秀兰");
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                INSERT INTO declaration (declaration_id, version, updated_at, decl_year, level, id_number, status, payload,
                                         review_state, stored_at)
                VALUES (?, 1, ?, 2022, 'INTERMEDIATE', 'X', 'SUBMITTED', ?, 'REVIEWED', ?)""", ID, now, payload.toString(), now);
        ObjectNode verdict = JSON.createObjectNode().put("declarationId", ID).put("declarationVersion", 1)
                .put("outcome", "RETURN").put("rulesVersion", "2022.1");
        verdict.putArray("findings").addObject().put("rule", "PUBLIC_SUBJECT_EXAM_MISSING").put("outcome", "RETURN")
                .put("message", "未查到公需科目考试合格记录").set("evidence", JSON.valueToTree(Map.of()));
        verdict.putObject("reviewOffice").put("name", "江州区职改办").put("phone", "0771-7840659").put("address", "崇左市");
        jdbc.update("""
                INSERT INTO verdict (declaration_id, declaration_version, outcome, content_hash, body, created_at)
                VALUES (?, 1, 'RETURN', 'h', ?, ?)""", ID, verdict.toString(), now);
    }

    @Test
    void pdfsAnswerAProblemThatNamesTheSettingAndThePackages() throws Exception {
        for (String path : new String[] {"/console/notices/" + ID + ".pdf", "/console/notices.pdf?year=2022"}) {
            ResponseEntity<String> pdf = rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD)
                    .getForEntity(path, String.class);

            assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(pdf.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            JsonNode problem = JSON.readTree(pdf.getBody());
            assertThat(problem.get("status").asInt()).isEqualTo(503);
            assertThat(problem.get("setting").asText()).isEqualTo("zhicheng.documents.pdf-font");
            assertThat(problem.get("detail").asText())
                    .contains("zhicheng.documents.pdf-font", "fonts-wqy-microhei", "fonts-droid-fallback");
        }
    }

    @Test
    void printPagesKeepWorking() {
        ResponseEntity<String> page = rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD)
                .getForEntity("/console/notices/" + ID, String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("农秀兰同志：", "未查到公需科目考试合格记录");
    }

    @Test
    void anUnknownDeclarationIsStillA404() {
        assertThat(rest.withBasicAuth(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD)
                .getForEntity("/console/notices/GX2022-7777777.pdf", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
