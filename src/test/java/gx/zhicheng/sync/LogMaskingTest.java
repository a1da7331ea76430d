package gx.zhicheng.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import gx.zhicheng.mocks.FixedClock;
import gx.zhicheng.mocks.MockedProvince;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A full run's log, failures included (an archive lookup refused: its URI carries the ID number), holds no
 * full ID number, phone number, applicant name or secret of the sample data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(FixedClock.class)
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        MockedProvince.register(registry);
        registry.add("zhicheng.platform.max-requests-per-second", () -> "1000");
    }

    @Autowired
    SyncLauncher launcher;

    @Test
    void aFullRunLogsNoPersonalDataOrSecret(CapturedOutput output) throws IOException {
        WireMockServer mock = MockedProvince.server();
        Set<String> idNumbers = new HashSet<>();
        Set<String> phones = new HashSet<>();
        Set<String> names = new HashSet<>();
        collectSampleData(idNumbers, phones, names);
        String someone = idNumbers.stream().sorted().findFirst().orElseThrow();
        StubMapping refused = mock.stubFor(get(urlPathEqualTo("/api/v1/integrity-archive")).atPriority(1)
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":\"archive for " + someone + " unavailable\"}")));
        try {
            launcher.runNow("TEST", null);
            launcher.runNow("TEST", null);
        } finally {
            mock.removeStub(refused);
        }

        String log = output.getAll();
        assertThat(log).contains("Sync run").contains("integrity-archive");
        assertThat(idNumbers).allSatisfy(id -> assertThat(log).doesNotContain(id));
        assertThat(phones).allSatisfy(phone -> assertThat(log).doesNotContain(phone));
        assertThat(names).allSatisfy(name -> assertThat(log).doesNotContain(name));
        assertThat(log).doesNotContain("demo-secret").doesNotContain("client_secret=");
    }

    private static void collectSampleData(Set<String> ids, Set<String> phones, Set<String> names) throws IOException {
        Pattern id = Pattern.compile("\"idNumber\"\\s*:\\s*\"([0-9X]{15,18})\"");
        Pattern phone = Pattern.compile("\"phone\"\\s*:\\s*\"(\\d{11})\"");
        Pattern name = Pattern.compile("\"name\"\\s*:\\s*\"([\\u4e00-\\u9fa5]{2,4})\"");
        try (Stream<Path> files = Files.list(Path.of("mocks/__files/declarations"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("GX")).toList()) {
                String text = Files.readString(file);
                add(id.matcher(text), ids);
                add(phone.matcher(text), phones);
                Matcher applicant = Pattern.compile("\"applicant\"\\s*:\\s*\\{[^}]*\"name\"\\s*:\\s*\"([^\"]+)\"").matcher(text);
                add(applicant, names);
            }
        }
        assertThat(ids).hasSizeGreaterThan(20);
        assertThat(names).hasSizeGreaterThan(20);
    }

    private static void add(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
