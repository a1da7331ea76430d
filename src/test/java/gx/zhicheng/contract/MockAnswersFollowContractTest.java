package gx.zhicheng.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import gx.zhicheng.mocks.ContractValidator;
import gx.zhicheng.mocks.FixedClock;
import gx.zhicheng.mocks.MockClient;
import gx.zhicheng.mocks.MockClock;
import gx.zhicheng.mocks.MockSettings;
import gx.zhicheng.mocks.ProvincialMocks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every answer the mocks can give follows docs/contract/: the bodies of every mapping and scenario, every data
 * file (as the answer it becomes), and the answers the extensions compute for typical calls. A stub that drifts
 * from the contract fails the build here.
 */
class MockAnswersFollowContractTest {

    /** Samples that break the contract on purpose: the adapter must park them (expected-outcomes.csv: PARKED). */
    static final Set<String> BROKEN_ON_PURPOSE = Set.of("GX2022-0001060", "GX2022-0001061", "GX2022-0001062");
    static final Path MOCKS = Path.of("mocks");
    static final ObjectMapper JSON = new ObjectMapper();
    static final ContractValidator CONTRACT = new ContractValidator(Path.of("docs/contract"));
    static WireMockServer server;
    static MockClient client;

    @BeforeAll
    static void start() {
        server = ProvincialMocks.start(MockSettings.defaults(0, MOCKS).withClock(MockClock.fixedAt(FixedClock.NOW)));
        client = new MockClient(server.port(), ProvincialMocks.province(server).clock());
    }

    @AfterAll
    static void stop() {
        ProvincialMocks.stop(server);
    }

    static Stream<Path> files(String dir) throws IOException {
        return Files.list(MOCKS.resolve(dir)).filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }

    static Stream<Path> declarationFiles() throws IOException {
        return files("__files/declarations");
    }

    static Stream<Path> mappingFiles() throws IOException {
        return Stream.concat(files("mappings"), files("scenarios"));
    }

    @ParameterizedTest
    @MethodSource("declarationFiles")
    void declarationFileIsADeclarationAnswer(Path file) throws IOException {
        String id = file.getFileName().toString().replace(".json", "");

        List<String> errors = CONTRACT.response("GET", "/api/v1/declarations/" + id, 200, "application/json", Files.readString(file));

        if (BROKEN_ON_PURPOSE.contains(id)) {
            assertThat(errors).as("%s breaks the contract on purpose", id).isNotEmpty();
        } else {
            assertThat(errors).as(id).isEmpty();
        }
    }

    @Test
    void everyArchiveAndFeedFileIsAnAnswerOfItsEndpoint() throws IOException {
        for (Path file : files("__files/archive").toList()) {
            assertThat(CONTRACT.response("GET", "/api/v1/integrity-archive", 200, "application/json", Files.readString(file)))
                    .as(file.toString()).isEmpty();
        }
        for (String feed : List.of("si", "ce")) {
            String path = feed.equals("si") ? "/si/v1/contributions:query" : "/ce/v1/records:query";
            for (Path file : files("__files/" + feed).toList()) {
                String answer = "{\"results\":[" + Files.readString(file) + "]}";
                assertThat(CONTRACT.response("POST", path, 200, "application/json", answer)).as(file.toString()).isEmpty();
            }
        }
    }

    /** The static bodies of mocks/mappings and mocks/scenarios (jsonBody, body or bodyFileName). */
    @ParameterizedTest
    @MethodSource("mappingFiles")
    void mappingBodiesFollowTheContract(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        for (JsonNode mapping : JSON.readTree(file.toFile()).path("mappings")) {
            JsonNode response = mapping.path("response");
            String body = response.has("jsonBody") ? response.get("jsonBody").toString()
                    : response.has("body") ? response.get("body").asText()
                    : response.has("bodyFileName") ? Files.readString(MOCKS.resolve("__files").resolve(response.get("bodyFileName").asText()))
                    : null;
            if (body == null) {
                continue; // computed by an extension (checked below) or a fault without an answer
            }
            JsonNode request = mapping.path("request");
            String method = request.path("method").asText().equals("ANY") ? "GET" : request.path("method").asText();
            String url = request.path("urlPath").asText(request.path("url").asText(request.path("urlPathPattern").asText()))
                    .replace("[^/]+", "GX2022-0001001").replace(".*", "declarations");
            String contentType = response.path("headers").path("Content-Type").asText("application/json");
            CONTRACT.response(method, url, response.path("status").asInt(200), contentType, body)
                    .forEach(error -> problems.add(mapping.path("name").asText() + ": " + error));
        }
        assertThat(problems).as(file.toString()).isEmpty();
    }

    @Test
    void computedPlatformAnswersFollowTheContract() throws IOException {
        String token = client.token();
        check("POST", "/oauth/token", client.tokenAnswer("demo-client", "demo-secret"));
        check("POST", "/oauth/token", client.tokenAnswer("demo-client", "wrong"));
        check("GET", "/api/v1/declarations", client.get("/api/v1/declarations", null));
        check("GET", "/api/v1/declarations/GX2022-0001003", client.get("/api/v1/declarations/GX2022-0001003", token));
        check("GET", "/api/v1/declarations/GX2099-0000001", client.get("/api/v1/declarations/GX2099-0000001", token));
        check("GET", "/api/v1/integrity-archive", client.get("/api/v1/integrity-archive?idNumber=451402198509160951", token));

        String path = "/api/v1/declarations/GX2022-0001001/pre-review";
        String verdict = "{\"declarationId\":\"GX2022-0001001\",\"declarationVersion\":1,\"outcome\":\"PASS\",\"findings\":[],"
                + "\"reviewedAt\":\"2022-08-01T10:00:00+08:00\",\"rulesVersion\":\"2022.1\"}";
        check("PUT", path, client.put(path, token, "k-1", verdict));
        check("PUT", path, client.put(path, token, "k-1", verdict));
        check("PUT", path, client.put(path, token, "k-1", verdict.replace("PASS", "RETURN")));
        check("PUT", path, client.put(path, token, "k-2", "{}"));
        String entry = "{\"idNumber\":\"451402198806120489\",\"name\":\"农丽清\",\"reason\":\"虚假材料\",\"recordedOn\":\"2022-08-01\","
                + "\"expiresOn\":\"2025-08-01\"}";
        check("POST", "/api/v1/integrity-archive", client.post("/api/v1/integrity-archive", token, "ia-1", entry));
        check("POST", "/api/v1/integrity-archive", client.post("/api/v1/integrity-archive", token, "ia-1", entry));
        check("GET", "/api/v1/integrity-archive", client.get("/api/v1/integrity-archive?idNumber=451402198806120489", token));
        ProvincialMocks.province(server).declarations().newVersion("GX2022-0001001");
        check("PUT", path, client.put(path, token, "k-3", verdict));
    }

    /**
     * A walk through the listing, with a version created at run time in it; the samples broken on purpose are
     * taken out, every page must then validate.
     */
    @Test
    void computedListingPagesFollowTheContract() throws IOException {
        String token = client.token();
        ProvincialMocks.province(server).declarations().newVersion("GX2022-0001002");
        String query = "limit=7&updatedSince=2022-06-01T00:00:00%2B08:00";
        int pages = 0;
        while (query != null) {
            MockClient.Answer answer = client.get("/api/v1/declarations?" + query, token);
            ObjectNode page = (ObjectNode) answer.json();
            page.withArray("items").removeIf(item -> BROKEN_ON_PURPOSE.contains(item.path("declarationId").asText()));
            assertThat(CONTRACT.response("GET", "/api/v1/declarations", answer.status(), "application/json", page.toString()))
                    .as("page %d", pages).isEmpty();
            query = page.get("nextCursor").isNull() ? null : "limit=7&cursor=" + java.net.URLEncoder.encode(
                    page.get("nextCursor").asText(), java.nio.charset.StandardCharsets.UTF_8);
            pages++;
        }
        assertThat(pages).isGreaterThan(5);
    }

    @Test
    void computedFeedAnswersFollowTheContract() throws IOException {
        String si = "/si/v1/contributions:query";
        String ce = "/ce/v1/records:query";
        check("POST", si, client.feed(si, "{\"idNumbers\":[\"451402198806120489\",\"1\"],\"fromMonth\":\"2021-01\",\"toMonth\":\"2022-06\"}"));
        check("POST", ce, client.feed(ce, "{\"idNumbers\":[\"451402198806120489\",\"1\"],\"years\":[2021,2022]}"));
        check("POST", si, client.feed(si, "{\"idNumbers\":[]}", FixedClock.NOW.toEpochMilli(), "abcdefghijklmnopqrst", "bad"));
    }

    static void check(String method, String path, MockClient.Answer answer) {
        assertThat(CONTRACT.response(method, path, answer.status(), "application/json", answer.body()))
                .as("%s %s -> %d %s", method, path, answer.status(), answer.body()).isEmpty();
    }
}
