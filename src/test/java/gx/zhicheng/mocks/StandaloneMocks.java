package gx.zhicheng.mocks;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The mocked province on its own, for developers and for a client other than the adapter:
 * <pre>
 * mvn -DskipTests package
 * java -jar target/zhicheng-mocks.jar --port 8089 [--scenario NAME]... [--token-ttl SECONDS] [--root mocks]
 * </pre>
 * Run from the project root (the mocks and the contract files are read from there). Stop with Ctrl-C.
 */
public final class StandaloneMocks {

    private StandaloneMocks() {}

    public static void main(String[] args) throws InterruptedException {
        WireMockServer server;
        try {
            server = start(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: --port N (default 8089) --scenario NAME (repeatable) --token-ttl SECONDS --root DIR");
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        System.out.println(describe(server));
        Thread.currentThread().join();
    }

    /** What main does before it waits: the tests start the standalone mocks through here. */
    public static WireMockServer start(String... args) {
        int port = 8089;
        Path root = Path.of("mocks");
        Duration ttl = null;
        List<String> scenarios = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(required(args[i], value));
                case "--root" -> root = Path.of(required(args[i], value));
                case "--token-ttl" -> ttl = Duration.ofSeconds(Long.parseLong(required(args[i], value)));
                case "--scenario" -> scenarios.add(required(args[i], value));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        MockSettings settings = MockSettings.defaults(port, root).withScenarios(scenarios);
        return ProvincialMocks.start(ttl == null ? settings : settings.withTokenTtl(ttl));
    }

    static String describe(WireMockServer server) {
        Province province = ProvincialMocks.province(server);
        String base = "http://localhost:" + server.port();
        StringBuilder text = new StringBuilder("Mocked province on " + base + " (Ctrl-C stops it)\n")
                .append("  POST ").append(base).append("/oauth/token                  client demo-client / demo-secret, token for ")
                .append(province.settings().tokenTtl().toSeconds()).append(" s\n")
                .append("  GET  ").append(base).append("/api/v1/declarations          ?updatedSince=&cursor=&limit=1..200\n")
                .append("  GET  ").append(base).append("/api/v1/declarations/{id}\n")
                .append("  PUT  ").append(base).append("/api/v1/declarations/{id}/pre-review   Idempotency-Key\n")
                .append("  GET  ").append(base).append("/api/v1/integrity-archive?idNumber=\n")
                .append("  POST ").append(base).append("/api/v1/integrity-archive     Idempotency-Key\n")
                .append("  POST ").append(base).append("/si/v1/contributions:query    signed: app demo-app / demo-secret\n")
                .append("  POST ").append(base).append("/ce/v1/records:query          signed: app demo-app / demo-secret\n")
                .append("  POST ").append(base).append("/__admin/province/scenarios/{name}   fault scenarios:\n");
        ProvincialMocks.scenarios(server).forEach((name, description) ->
                text.append(String.format("      %-30s %s%n", name, description)));
        text.append("  POST ").append(base).append("/__admin/province/reset\n")
                .append("  GET  ").append(base).append("/__admin/province/violations   requests that broke the contract");
        if (!province.settings().scenarios().isEmpty()) {
            text.append("\nScenarios on: ").append(province.settings().scenarios());
        }
        return text.toString();
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
