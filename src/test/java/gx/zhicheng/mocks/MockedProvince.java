package gx.zhicheng.mocks;

import com.github.tomakehurst.wiremock.WireMockServer;
import gx.zhicheng.system.TestDatabase;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One WireMock server with the mappings of mocks/ on a free port, shared by the integration tests, and the
 * properties that point the adapter at it (the demo credentials of the mocks) and at a private database.
 */
public final class MockedProvince {

    private static WireMockServer server;

    private MockedProvince() {}

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = ProvincialMocks.start(0, Path.of("mocks"));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static void register(DynamicPropertyRegistry registry) {
        String url = "http://127.0.0.1:" + server().port();
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
        registry.add("zhicheng.retry.initial-delay-ms", () -> "50");
        registry.add("zhicheng.retry.max-delay-ms", () -> "200");
        TestDatabase.register(registry);
    }
}
