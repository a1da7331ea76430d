package gx.zhicheng.mocks;

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
        String url = "http://127.0.0.1:" + server().port();
        registry.add("zhicheng.platform.base-url", () -> url);
        registry.add("zhicheng.platform.client-id", () -> "demo-client");
        registry.add("zhicheng.platform.client-secret", () -> "demo-secret");
        registry.add("zhicheng.platform.page-size", () -> String.valueOf(PAGE_SIZE));
        for (String feed : new String[] {"si", "ce"}) {
            registry.add("zhicheng.feeds." + feed + ".base-url", () -> url);
            registry.add("zhicheng.feeds." + feed + ".app-key", () -> "demo-app");
            registry.add("zhicheng.feeds." + feed + ".app-secret", () -> "demo-secret");
        }
        registry.add("zhicheng.sync.scheduled", () -> "false");
        registry.add("zhicheng.sync.on-startup", () -> "false");
        registry.add("zhicheng.outbox.drain-enabled", () -> "false");
        registry.add("zhicheng.retry.initial-delay-ms", () -> "50");
        registry.add("zhicheng.retry.max-delay-ms", () -> "200");
        TestDatabase.register(registry);
    }
}
