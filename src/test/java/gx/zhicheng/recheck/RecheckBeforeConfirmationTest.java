package gx.zhicheng.recheck;

import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import gx.zhicheng.mocks.MockedProvince;
import gx.zhicheng.sync.SyncLauncher;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The re-check before confirmation (rules.md) with one clock for the adapter and the mocks: after a sync on
 * 2022-08-01, a man who turns 60 on 2022-09-15 and a person recorded in the integrity archive on 2022-09-01
 * each go from PASS to REJECT with EXCLUSION_AFTER_DECLARATION on the re-check of 2022-10-01; nothing else
 * changes; and after the confirmation deadline (November 30) the re-check changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(RecheckBeforeConfirmationTest.SharedClock.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecheckBeforeConfirmationTest {

    private static final String RETIRES = "GX2022-0001064";
    private static final String RECORDED = "GX2022-0001065";
    private static final String PRE_REVIEW = "/api/v1/declarations/.+/pre-review";

    @TestConfiguration(proxyBeanMethods = false)
    static class SharedClock {
        @Bean
        @Primary
        Clock provinceClock() {
            return MockedProvince.province().clock();
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        MockedProvince.register(registry);
        registry.add("zhicheng.platform.max-requests-per-second", () -> "1000");
    }

    @Autowired
    SyncLauncher launcher;
    @Autowired
    ObjectMapper json;

    private final WireMockServer mock = MockedProvince.server();

    private static void at(String instant) {
        MockedProvince.province().clock().set(Instant.parse(instant));
    }

    private Map<String, JsonNode> pushed() throws Exception {
        Map<String, JsonNode> verdicts = new HashMap<>();
        for (LoggedRequest put : mock.findAll(putRequestedFor(urlPathMatching(PRE_REVIEW)))) {
            JsonNode body = json.readTree(put.getBodyAsString());
            verdicts.put(body.get("declarationId").asText(), body);
        }
        return verdicts;
    }

    @Test
    @Order(1)
    void theSyncOnDeclaredOnPassesBoth() throws Exception {
        at("2022-08-01T02:00:00Z");
        mock.resetRequests();

        assertThat(launcher.runNow("TEST", null).state()).isEqualTo("SUCCEEDED");

        assertThat(pushed().get(RETIRES).get("outcome").asText()).isEqualTo("PASS");
        assertThat(pushed().get(RECORDED).get("outcome").asText()).isEqualTo("PASS");
    }

    @Test
    @Order(2)
    void theRecheckRejectsARetirementAndAnArchiveEntryAfterDeclaredOn() throws Exception {
        String idNumber = MockedProvince.province().declarations().find(RECORDED).orElseThrow()
                .at("/applicant/idNumber").asText();
        MockedProvince.province().archive().record(json.readTree("""
                {"idNumber":"%s","name":"某某","declarationId":"GX2021-0000999","reason":"经核实提供虚假材料",
                 "recordedOn":"2022-09-01","expiresOn":"2025-09-01"}""".formatted(idNumber)));
        at("2022-10-01T02:00:00Z");
        mock.resetRequests();

        assertThat(launcher.runNow(SyncLauncher.RECHECK, null).state()).isEqualTo("SUCCEEDED");

        Map<String, JsonNode> pushed = pushed();
        assertThat(pushed.keySet()).as("only the two changed verdicts are pushed").containsExactlyInAnyOrder(RETIRES, RECORDED);
        assertThat(pushed.get(RETIRES).get("outcome").asText()).isEqualTo("REJECT");
        assertThat(exclusions(pushed.get(RETIRES))).containsExactly("RETIREMENT_AGE_REACHED@2022-10-01");
        assertThat(pushed.get(RECORDED).get("outcome").asText()).isEqualTo("REJECT");
        assertThat(exclusions(pushed.get(RECORDED))).containsExactly("INTEGRITY_RECORD_ACTIVE@2022-10-01");
    }

    @Test
    @Order(3)
    void afterTheConfirmationDeadlineTheRecheckChangesNothing() throws Exception {
        String idNumber = MockedProvince.province().declarations().find("GX2022-0001001").orElseThrow()
                .at("/applicant/idNumber").asText();
        MockedProvince.province().archive().record(json.readTree("""
                {"idNumber":"%s","name":"某某","declarationId":"GX2021-0000998","reason":"经核实提供虚假材料",
                 "recordedOn":"2022-11-15","expiresOn":"2025-11-15"}""".formatted(idNumber)));
        at("2022-12-01T02:00:00Z");
        mock.resetRequests();

        assertThat(launcher.runNow(SyncLauncher.RECHECK, null).state()).isEqualTo("SUCCEEDED");

        assertThat(pushed()).isEmpty();
    }

    private static List<String> exclusions(JsonNode verdict) {
        return java.util.stream.StreamSupport.stream(verdict.get("findings").spliterator(), false)
                .filter(f -> f.get("rule").asText().equals("EXCLUSION_AFTER_DECLARATION"))
                .map(f -> f.at("/evidence/rule").asText() + "@" + f.at("/evidence/foundOn").asText())
                .toList();
    }
}
