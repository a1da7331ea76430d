package gx.zhicheng.mocks;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The mocks' own tests: a private mocked province for each test class, on a free port, its clock at
 * FixedClock.NOW, and before each test the mocks as at start with a plain HTTP client on them.
 */
abstract class MockTestSupport {

    static WireMockServer server;
    MockClient client;

    @BeforeAll
    static void startProvince() {
        server = ProvincialMocks.start(MockSettings.defaults(0, Path.of("mocks")).withClock(MockClock.fixedAt(FixedClock.NOW)));
    }

    @AfterAll
    static void stopProvince() {
        ProvincialMocks.stop(server);
    }

    @BeforeEach
    void resetProvince() {
        ProvincialMocks.reset(server);
        ProvincialMocks.province(server).clock().set(FixedClock.NOW);
        client = new MockClient(server.port(), ProvincialMocks.province(server).clock());
    }
}
