package gx.zhicheng.mocks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import gx.zhicheng.system.TestDatabase;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One mocked province on a free port, shared by the integration tests, and the properties that point the
 * adapter at it (the demo credentials of the mocks) and at a private database. The mocks' clock stands at
 * {@link FixedClock#NOW} like the adapter's in these tests, since the feeds compare X-Timestamp with it; a test
 * on another clock sets {@code MockedProvince.province().clock()}.
 */
public final class MockedProvince {

    /** Small pages, so that every integration run walks several pages and the empty one. */
    public static final int PAGE_SIZE = 8;
    private static WireMockServer server;

    private MockedProvince() {}

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = ProvincialMocks.start(MockSettings.defaults(0, Path.of("mocks")).withClock(MockClock.fixedAt(FixedClock.NOW)));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static Province province() {
        return ProvincialMocks.province(server());
    }

    /** A fault scenario of mocks/scenarios/ for the next calls; {@link #reset} ends it. */
    public static void scenario(String name) {
        ProvincialMocks.scenario(server(), name);
    }

    /** The mocks as at start: no scenario, no pushes remembered, empty journal, the clock at FixedClock.NOW. */
    public static void reset() {
        ProvincialMocks.reset(server());
        province().clock().set(FixedClock.NOW);
    }

    /**
     * Called once per Spring context (each has its own database): the province starts afresh too, so that an
     * Idempotency-Key remembered for another database's pushes cannot refuse this one's.
     */
    public static void register(DynamicPropertyRegistry registry) {
        reset();
        registerPlatform(registry, "http://127.0.0.1:" + server().port());
        registry.add("zhicheng.platform.page-size", () -> String.valueOf(PAGE_SIZE));
        registry.add("zhicheng.retry.initial-delay-ms", () -> "50");
        registry.add("zhicheng.retry.max-delay-ms", () -> "200");
    }

    /**
     * A platform of a test's own that issues a token to anyone and knows nothing else yet: the test stubs the
     * rest. Stopped when the JVM ends (a static server outlives every test context that uses it).
     */
    public static WireMockServer platformWithToken() {
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    /**
     * A test's adapter against a platform and feeds at {@code url} with the demo credentials, on a database of
     * its own, with nothing that runs by itself (no schedule, no sync at start-up, no outbox drain): the test
     * decides when anything happens.
     */
    public static void registerPlatform(DynamicPropertyRegistry registry, String url) {
        registry.add("zhicheng.platform.base-url", () -> url);
        registry.add("zhicheng.platform.client-id", () -> "demo-client");
        registry.add("zhicheng.platform.client-secret", () -> "demo-secret");
        for (String feed : new String[] {"si", "ce"}) {
            registry.add("zhicheng.feeds." + feed + ".base-url", () -> url);
            registry.add("zhicheng.feeds." + feed + ".app-key", () -> "demo-app");
            registry.add("zhicheng.feeds." + feed + ".app-secret", () -> "demo-secret");
        }
        registry.add("zhicheng.sync.scheduled", () -> "false");
        registry.add("zhicheng.sync.on-startup", () -> "false");
        registry.add("zhicheng.outbox.drain-enabled", () -> "false");
        TestDatabase.register(registry);
    }
}
