package gx.zhicheng.mocks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How one mocked province starts: its port (0 = any free port), the mocks root and the contract files, the
 * clock, the token lifetime, the demo credentials, and the fault scenarios loaded on top at start.
 */
public record MockSettings(int port, Path mocksRoot, Path contractDir, MockClock clock, Duration tokenTtl,
                           Map<String, String> platformClients, Map<String, String> feedApps, List<String> scenarios) {

    /** The token lifetime can be shortened for a manual test: -Dmocks.token-ttl=30 (seconds). */
    public static MockSettings defaults(int port, Path mocksRoot) {
        long ttl = Long.getLong("mocks.token-ttl", 3600);
        return new MockSettings(port, mocksRoot, Path.of("docs/contract"), MockClock.system(), Duration.ofSeconds(ttl),
                Map.of("demo-client", "demo-secret"), Map.of("demo-app", "demo-secret"), List.of());
    }

    public MockSettings withClock(MockClock other) {
        return new MockSettings(port, mocksRoot, contractDir, other, tokenTtl, platformClients, feedApps, scenarios);
    }

    public MockSettings withTokenTtl(Duration ttl) {
        return new MockSettings(port, mocksRoot, contractDir, clock, ttl, platformClients, feedApps, scenarios);
    }

    public MockSettings withScenarios(List<String> names) {
        return new MockSettings(port, mocksRoot, contractDir, clock, tokenTtl, platformClients, feedApps, List.copyOf(names));
    }
}
