package gx.zhicheng.mocks;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;

/** A private mocked province for one test class, on a free port, its clock at FixedClock.NOW. */
final class MockTestSupport {

    private MockTestSupport() {}

    static WireMockServer start() {
        return ProvincialMocks.start(MockSettings.defaults(0, Path.of("mocks")).withClock(MockClock.fixedAt(FixedClock.NOW)));
    }

    static MockClient client(WireMockServer server) {
        return new MockClient(server.port(), ProvincialMocks.province(server).clock());
    }

    /** The mocks as at start, the clock back at FixedClock.NOW. */
    static void reset(WireMockServer server) {
        ProvincialMocks.reset(server);
        ProvincialMocks.province(server).clock().set(FixedClock.NOW);
    }
}
