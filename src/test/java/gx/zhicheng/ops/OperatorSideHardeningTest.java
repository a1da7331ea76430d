package gx.zhicheng.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import gx.zhicheng.mocks.MockedProvince;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The operator side as an attacker or a careless browser meets it, over real HTTP (java.net.http, so that every
 * header and every byte of the URL is what the test says): cross-site requests refused whatever they authenticate
 * with, the login page instead of a Basic dialog for a browser, problem details for every refusal, the limits,
 * the headers, and the login throttle. Its own context: the throttle's thresholds are low here, and the test that
 * locks the whole address runs last.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class OperatorSideHardeningTest {

    private static final WireMockServer PLATFORM = startPlatform();
    private static final String KNOWN = "GX-H-0000001";
    /** A third user, only for the throttle: locking it locks nobody the other tests need. */
    private static final String CLERK = "clerk";
    /** A fourth user, for the locks per address: the clerk's counts stay the throttle test's. */
    private static final String TYPIST = "typist";
    private static final String EVIL = "https://evil.example";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        MockedProvince.registerPlatform(registry, "http://127.0.0.1:" + PLATFORM.port());
        OpsFixtures.registerUsers(registry);
        registry.add("zhicheng.security.users[2].name", () -> CLERK);
        registry.add("zhicheng.security.users[2].password-hash",
                () -> "{bcrypt}$2a$10$WRG3mwsAMZR26QX8MNoV0uNV58oK8ehD0D8JwH6AeOhj0ETwIXDmm");
        registry.add("zhicheng.security.users[2].roles", () -> "VIEWER");
        registry.add("zhicheng.security.users[3].name", () -> TYPIST);
        registry.add("zhicheng.security.users[3].password-hash",
                () -> "{bcrypt}$2a$10$WRG3mwsAMZR26QX8MNoV0uNV58oK8ehD0D8JwH6AeOhj0ETwIXDmm");
        registry.add("zhicheng.security.users[3].roles", () -> "VIEWER");
        registry.add("zhicheng.security.users[3].offices", () -> "LONGZHOU");
        registry.add("zhicheng.web.login.user-free-failures", () -> "3");
        registry.add("zhicheng.web.login.user-any-address-free-failures", () -> "15");
        // the TLS proxy of docs/operators.md, here at 127.0.0.1: its X-Forwarded-For is believed, nobody else's
        registry.add("server.forward-headers-strategy", () -> "native");
        registry.add("server.tomcat.remoteip.internal-proxies", () -> "127\\.0\\.0\\.1");
        registry.add("zhicheng.web.login.first-delay", () -> "1s");
        registry.add("zhicheng.web.login.max-delay", () -> "30s");
    }

    private static WireMockServer startPlatform() {
        WireMockServer server = MockedProvince.platformWithToken();
        server.stubFor(WireMock.put(WireMock.urlMatching("/api/v1/declarations/.+/pre-review")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"receiptId\":\"R-1\"}")));
        server.stubFor(get(urlPathEqualTo("/api/v1/declarations")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[],\"nextCursor\":null}")));
        return server;
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();
    private final JdbcTemplate jdbc;
    private final OpsFixtures fixtures;
    private final int port;

    private final org.apache.camel.ProducerTemplate producer;

    @Autowired
    OperatorSideHardeningTest(JdbcTemplate jdbc, @LocalServerPort int port, org.apache.camel.ProducerTemplate producer) {
        this.producer = producer;
        this.jdbc = jdbc;
        this.fixtures = new OpsFixtures(jdbc);
        this.port = port;
    }

    @BeforeEach
    void knownDeclaration() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM declaration WHERE declaration_id = ?", Integer.class, KNOWN) == 0) {
            fixtures.declaration(KNOWN, 1, "黄丽娟");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> !fixtures.syncRunning());
    }

    // ---- CSRF that holds ----

    static Stream<String> actions() {
        return Stream.of("/api/ops/sync", "/api/ops/recheck", "/api/ops/declarations/" + KNOWN + "/resync",
                "/api/ops/dead-letters/{deadLetter}/retry");
    }

    @ParameterizedTest
    @MethodSource("actions")
    @Order(1)
    void refusesACrossSiteFormPostEvenWithValidBasicCredentials(String path) throws Exception {
        long deadLetter = fixtures.deadLetter(KNOWN, "key-" + System.nanoTime());
        String target = path.replace("{deadLetter}", String.valueOf(deadLetter));
        int runsBefore = count("SELECT COUNT(*) FROM sync_run");

        // what a browser sends for a form on evil.example that posts here, with the Basic credentials it cached
        HttpResponse<String> forged = send(request(target).header("Authorization", basic(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", EVIL)
                .header("Sec-Fetch-Site", "cross-site").header("Sec-Fetch-Mode", "navigate")
                .POST(HttpRequest.BodyPublishers.ofString("x=1")));

        assertProblem(forged, 403, "来自其他网站的请求已被拒绝");
        assertThat(count("SELECT COUNT(*) FROM sync_run")).isEqualTo(runsBefore);
        assertThat(fixtures.outboxRow(deadLetter).get("state")).isEqualTo("DEAD");
    }

    static Stream<Arguments> whereFrom() {
        return Stream.of(
                Arguments.of("Sec-Fetch-Site", "cross-site", 403),
                Arguments.of("Sec-Fetch-Site", "same-site", 403),
                Arguments.of("Origin", EVIL, 403),
                Arguments.of("Origin", "null", 403),
                Arguments.of("Origin", "http://localhost:{port}.evil.example", 403),
                Arguments.of("Origin", "http://localhost:{port}", 202),
                Arguments.of("Sec-Fetch-Site", "same-origin", 202),
                Arguments.of("Sec-Fetch-Site", "none", 202));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("whereFrom")
    @Order(2)
    void judgesWhereARequestComesFromBySecFetchSiteElseOrigin(String header, String value, int status) throws Exception {
        HttpResponse<String> answer = send(request("/api/ops/sync")
                .header("Authorization", basic(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD))
                .header(header, value.replace("{port}", String.valueOf(port))).POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(answer.statusCode()).isEqualTo(status);
        await().atMost(Duration.ofSeconds(20)).until(() -> !fixtures.syncRunning());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/ops/statistics.csv?year=2022", "/v3/api-docs", "/api/ops/runs"})
    @Order(3)
    void givesABrowserTheLoginPageNotABasicDialog(String path) throws Exception {
        for (HttpRequest.Builder navigation : List.of(
                request(path).header("Sec-Fetch-Mode", "navigate").header("Sec-Fetch-Dest", "document"),
                request(path).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"))) {
            HttpResponse<String> answer = send(navigation.GET());
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login");
            assertThat(answer.headers().firstValue("WWW-Authenticate")).isEmpty();
        }
        HttpResponse<String> script = send(request(path).header("Sec-Fetch-Mode", "cors").GET());
        assertProblem(script, 401, "需要登录");
        assertThat(script.headers().firstValue("WWW-Authenticate")).isEmpty();

        HttpResponse<String> curl = send(request(path).GET());
        assertProblem(curl, 401, "需要登录");
        assertThat(curl.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
    }

    // ---- every error a problem detail ----

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("GET", "/api/ops/declarations/a%2Fb", 400),
                Arguments.of("GET", "/api/ops/declarations/a%2fb/resync", 400),
                Arguments.of("POST", "/api/ops/declarations/%2e%2e/resync", 400),
                Arguments.of("POST", "/api/ops/declarations/..%2Fsync/resync", 400),
                Arguments.of("GET", "/api/ops/declarations/a;b", 400),
                Arguments.of("GET", "/api/ops/declarations/%00", 400));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rejected")
    @Order(4)
    void answersARejectedUrlWithAProblemDetail(String method, String path, int status) throws Exception {
        HttpResponse<String> answer = send(request(path).header("Authorization", basic(OpsFixtures.OPERATOR,
                OpsFixtures.OPERATOR_PASSWORD)).method(method, HttpRequest.BodyPublishers.noBody()));

        assertProblem(answer, status, "请求地址不合规");
    }

    @Test
    @Order(5)
    void answersAWrongBasicPasswordWithAProblemDetail() throws Exception {
        HttpResponse<String> answer = send(request("/api/ops/runs").header("Authorization", basic(OpsFixtures.VIEWER, "wrong"))
                .GET());

        assertProblem(answer, 401, "用户名或密码不正确");
        assertThat(answer.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
    }

    @Test
    @Order(6)
    void refusesANoteOfMoreThan500Characters() throws Exception {
        HttpResponse<String> tooLong = decide("说".repeat(501));
        assertProblem(tooLong, 400, "备注最多 500 个字，当前 501 个字");

        // 500 pass the limit and meet the next check: the declaration has no open finding
        assertProblem(decide("说".repeat(500)), 409, "最新审核意见中没有待核实的");
        assertThat(count("SELECT COUNT(*) FROM decision WHERE declaration_id = '" + KNOWN + "'")).isZero();
    }

    @Test
    @Order(7)
    void refusesABodyOverTheLimitDeclaredOrStreamed() throws Exception {
        String note = "x".repeat(70 * 1024);
        assertProblem(decide(note), 413, "请求内容过大");

        // without a Content-Length (chunked): cut off while read, still a problem and nothing recorded
        byte[] body = ("{\"rule\":\"CIVIL_SERVANT\",\"decision\":\"CONFIRM\",\"note\":\"" + note + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> streamed = send(request("/api/ops/declarations/" + KNOWN + "/decisions")
                .header("Authorization", basic(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
        assertThat(streamed.statusCode()).isBetween(400, 499);
        assertThat(streamed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(count("SELECT COUNT(*) FROM decision WHERE declaration_id = '" + KNOWN + "'")).isZero();
    }

    // ---- headers and cookie ----

    @Test
    @Order(8)
    void sendsAContentSecurityPolicyWithoutInlineScriptAndTheConsoleNeedsNone() throws Exception {
        HttpResponse<String> login = send(request("/login").GET());
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertNoInlineScript(login.body());

        HttpResponse<String> console = send(request("/console/").header("Authorization",
                basic(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD)).GET());
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.headers().firstValue("Content-Security-Policy")).contains(csp);
        assertNoInlineScript(console.body());
        assertThat(console.body()).contains("<script src=\"console.js\"></script>");
    }

    @Test
    @Order(9)
    void setsTheSessionCookieSecureHttpOnlyAndStrict() throws Exception {
        HttpResponse<String> page = send(request("/login").GET());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        String cookies = String.join("; ", page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";")[0]).toList());

        HttpResponse<String> loggedIn = send(request("/login").header("Cookie", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=viewer&password=viewer-demo&_csrf=" + token.group(1))));

        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).endsWith("/console/");
        String session = loggedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(session).contains("Secure", "HttpOnly", "SameSite=Strict");
    }

    // ---- platform data in URLs ----

    /** A declaration ID stored before IDs were checked (or by anything else): still one path segment on the wire. */
    @Test
    @Order(9)
    void pushesToAPathWhoseDeclarationSegmentIsEncoded() {
        String id = "GX 1?x#y";
        fixtures.push(id, null, "pr-encoded-" + System.nanoTime(), "PENDING");

        org.apache.camel.Exchange done = producer.send("direct:push-outbox",
                new org.apache.camel.support.DefaultExchange(producer.getCamelContext()));

        assertThat(done.getException()).isNull();
        List<String> urls = PLATFORM.findAll(WireMock.putRequestedFor(WireMock.anyUrl())).stream()
                .map(com.github.tomakehurst.wiremock.verification.LoggedRequest::getUrl).toList();
        assertThat(urls).containsExactly("/api/v1/declarations/GX%201%3Fx%23y/pre-review");
    }

    // ---- the login throttle ----

    @Test
    @Order(10)
    void throttlesAUserWithAGrowingDelayAndLogsEachFailureWithoutThePassword(CapturedOutput output) throws Exception {
        for (int i = 1; i <= 3; i++) {
            assertProblem(runsAs(CLERK, "guess-" + i), 401, "用户名或密码不正确");
        }
        List<Long> waits = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            // past the free failures, each failure makes the next attempt wait twice as long as the one before
            HttpResponse<String> failed = runsAs(CLERK, "guess-more-" + round);
            assertThat(failed.statusCode()).isEqualTo(401);
            HttpResponse<String> locked = runsAs(CLERK, OpsFixtures.VIEWER_PASSWORD);
            assertProblem(locked, 429, "登录失败次数过多");
            long wait = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
            waits.add(wait);
            // wait the lock out without trying (a try after it would count as the next failure)
            await().pollDelay(Duration.ofMillis(wait * 1000 + 200)).atMost(Duration.ofSeconds(wait + 5)).until(() -> true);
        }
        assertThat(waits.get(0)).isBetween(1L, 2L);
        assertThat(waits.get(1)).isGreaterThan(waits.get(0));
        assertThat(waits.get(2)).isGreaterThan(waits.get(1));
        // the other users are not locked by the clerk's failures
        assertThat(runsAs(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD).statusCode()).isEqualTo(200);

        assertThat(output.getAll()).contains("Login failed for user 'clerk' from 127.0.0.1: failure 1 in a row for the user")
                .contains("Login refused for user 'clerk' from 127.0.0.1: too many failed logins")
                .doesNotContain("guess-1", "guess-more-0", OpsFixtures.VIEWER_PASSWORD);
    }

    /** Behind the proxy the whole office has one address: invented names from it lock nobody's correct password. */
    @Test
    @Order(11)
    void anAddressThatTriesManyUserNamesLocksNoUserOut() throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            assertProblem(runsAs("nobody-" + attempt, "guess"), 401, "用户名或密码不正确");
        }
        assertThat(runsAs(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD).statusCode()).isEqualTo(200);
    }

    /** A guesser elsewhere locks the user at the guesser's address; the user at the office still logs in. */
    @Test
    @Order(12)
    void locksAUserPerAddressSeenThroughTheTrustedProxy(CapturedOutput output) throws Exception {
        for (int failure = 1; failure <= 4; failure++) {
            assertThat(runsAs(TYPIST, "guess-" + failure, "203.0.113.9").statusCode()).isEqualTo(401);
        }
        assertProblem(runsAs(TYPIST, OpsFixtures.VIEWER_PASSWORD, "203.0.113.9"), 429, "登录失败次数过多");
        assertThat(runsAs(TYPIST, OpsFixtures.VIEWER_PASSWORD, "10.20.0.15").statusCode()).isEqualTo(200);
        assertThat(output.getAll()).contains("Login failed for user 'typist' from 203.0.113.9");
    }

    /** X-Forwarded-For from anyone but the proxy is not believed: a guesser cannot pose as the office. */
    @Test
    @Order(13)
    void ignoresXForwardedForFromAnUntrustedSender(CapturedOutput output) throws Exception {
        String answer;
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress("127.0.0.2", 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 5000);
            socket.getOutputStream().write(("GET /api/ops/runs HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + basic("spoofer", "guess") + "\r\nX-Forwarded-For: 10.20.0.15\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(answer).startsWith("HTTP/1.1 401");
        assertThat(output.getAll()).contains("Login failed for user 'spoofer' from 127.0.0.2")
                .doesNotContain("Login failed for user 'spoofer' from 10.20.0.15");
    }

    // ---- a session is never bypassed by a Basic header, and no other site reads personal data ----

    /** A session plus a Basic header of its user with any password: the CSRF token is still required. */
    @Test
    @Order(14)
    void aSessionWithABasicHeaderStillNeedsItsCsrfToken() throws Exception {
        String cookies = formLogin(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD);
        int runsBefore = count("SELECT COUNT(*) FROM sync_run");

        HttpResponse<String> forged = send(request("/api/ops/sync").header("Cookie", cookies)
                .header("Authorization", basic(OpsFixtures.OPERATOR, "anything"))
                .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.noBody()));

        assertProblem(forged, 403, "防伪令牌");
        assertThat(count("SELECT COUNT(*) FROM sync_run")).isEqualTo(runsBefore);
    }

    static Stream<Arguments> crossSiteReads() {
        return Stream.of(
                Arguments.of("/api/ops/declarations/" + KNOWN, "cross-site", "no-cors"),
                Arguments.of("/api/ops/declarations/" + KNOWN, "same-site", "no-cors"),
                Arguments.of("/api/ops/declarations/" + KNOWN, "cross-site", "navigate"),
                Arguments.of("/console/notices/" + KNOWN, "cross-site", "no-cors"),
                Arguments.of("/api/ops/verifications", "cross-site", "cors"));
    }

    /** Another site's img or link at a declaration: refused before it is read, so no full read is logged. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("crossSiteReads")
    @Order(15)
    void refusesACrossSiteReadOfPersonalDataBeforeItIsLogged(String path, String site, String mode) throws Exception {
        int readsBefore = count("SELECT COUNT(*) FROM personal_data_access");

        HttpResponse<String> answer = send(request(path)
                .header("Authorization", basic(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD))
                .header("Sec-Fetch-Site", site).header("Sec-Fetch-Mode", mode).GET());

        assertProblem(answer, 403, "来自其他网站的读取请求已被拒绝");
        assertThat(count("SELECT COUNT(*) FROM personal_data_access")).isEqualTo(readsBefore);
    }

    @Test
    @Order(16)
    void servesTheSameReadToTheConsoleItself() throws Exception {
        int readsBefore = count("SELECT COUNT(*) FROM personal_data_access");
        HttpResponse<String> answer = send(request("/api/ops/declarations/" + KNOWN)
                .header("Authorization", basic(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD))
                .header("Sec-Fetch-Site", "same-origin").header("Sec-Fetch-Mode", "cors").GET());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM personal_data_access")).isEqualTo(readsBefore + 1);
    }

    /** An error nobody answered: a problem detail with an error ID, nothing of the exception; the log has it. */
    @Test
    @Order(17)
    void answersAnUnexpectedErrorWithAProblemDetailWithoutInternals(CapturedOutput output) throws Exception {
        HttpResponse<String> answer = send(request("/api/ops/test-failure")
                .header("Authorization", basic(OpsFixtures.VIEWER, OpsFixtures.VIEWER_PASSWORD)).GET());

        assertProblem(answer, 500, "服务器内部错误");
        String errorId = json.readTree(answer.body()).get("errorId").asText();
        assertThat(answer.body()).doesNotContain("IllegalStateException", "SELECT", "4514", "Failing");
        assertThat(output.getAll()).contains("Unexpected error " + errorId).contains("IllegalStateException");
    }

    /**
     * Stands for any bug behind an endpoint: its message quotes SQL and an ID number, as real ones do. (A member
     * class of this test's configuration: only this test's context has it.)
     */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class Failing {
        @org.springframework.web.bind.annotation.RestController
        static class FailingController {
            @org.springframework.web.bind.annotation.GetMapping("/api/ops/test-failure")
            String fail() {
                throw new IllegalStateException("SELECT * FROM declaration WHERE id_number = '451402198603141263'");
            }
        }
    }

    // ----

    private HttpResponse<String> runsAs(String user, String password) throws IOException, InterruptedException {
        return send(request("/api/ops/runs").header("Authorization", basic(user, password)).GET());
    }

    /** As the trusted proxy forwards a user at {@code address}. */
    private HttpResponse<String> runsAs(String user, String password, String address) throws IOException, InterruptedException {
        return send(request("/api/ops/runs").header("Authorization", basic(user, password))
                .header("X-Forwarded-For", address).GET());
    }

    /** The console's login form: the session's and the CSRF token's cookies. */
    private String formLogin(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = send(request("/login").GET());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        String cookies = String.join("; ", page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";")[0]).toList());
        HttpResponse<String> loggedIn = send(request("/login").header("Cookie", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password + "&_csrf=" + token.group(1))));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        return loggedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";")[0]).findFirst().orElseThrow();
    }

    private HttpResponse<String> decide(String note) throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("rule", "CIVIL_SERVANT", "decision", "CONFIRM", "note", note));
        return send(request("/api/ops/declarations/" + KNOWN + "/decisions")
                .header("Authorization", basic(OpsFixtures.OPERATOR, OpsFixtures.OPERATOR_PASSWORD))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private void assertProblem(HttpResponse<String> answer, int status, String detail) throws IOException {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).contains(detail);
    }

    private static void assertNoInlineScript(String html) {
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(html).doesNotContainPattern("\\son[a-z]+\\s*=");
        assertThat(html).doesNotContainPattern("\\sstyle\\s*=");
        assertThat(html).doesNotContain("javascript:");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(20));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
