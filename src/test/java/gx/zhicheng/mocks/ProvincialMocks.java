package gx.zhicheng.mocks;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The provincial endpoints of mocks/ in a WireMock server, with the extensions that make them behave like the
 * contract. The one way to start them: the standalone command, the demo and the tests all come through here.
 */
public final class ProvincialMocks {

    private static final Map<WireMockServer, Province> PROVINCES = new ConcurrentHashMap<>();

    private ProvincialMocks() {}

    /** Port 0 picks a free port. */
    public static WireMockServer start(int port, Path mocksRoot) {
        return start(MockSettings.defaults(port, mocksRoot));
    }

    /** The request journal is capped so that long runs do not grow without bound (STACK.md, pitfall 8). */
    public static WireMockServer start(MockSettings settings) {
        Province province = new Province(settings);
        WireMockServer server = new WireMockServer(options()
                .port(settings.port())
                .bindAddress("127.0.0.1")
                .usingFilesUnderDirectory(settings.mocksRoot().toString())
                .maxRequestJournalEntries(10_000)
                .extensions(province.extensions().toArray(Extension[]::new)));
        server.start();
        PROVINCES.put(server, province);
        settings.scenarios().forEach(name -> scenario(server, name));
        return server;
    }

    /** The state behind the stubs: clock, tokens, declarations, archive, contract violations. */
    public static Province province(WireMockServer server) {
        Province province = PROVINCES.get(server);
        if (province == null) {
            throw new IllegalArgumentException("not a server started by ProvincialMocks");
        }
        return province;
    }

    /** Turns a fault scenario of mocks/scenarios/ on; it stays until {@link #reset}. */
    public static void scenario(WireMockServer server, String name) {
        new Scenarios(province(server).settings().mocksRoot()).apply(server, name);
    }

    public static Map<String, String> scenarios(WireMockServer server) {
        return new Scenarios(province(server).settings().mocksRoot()).available();
    }

    /** Back to the state at start: stubs of mocks/mappings only, empty journal, no pushes remembered. */
    public static void reset(WireMockServer server) {
        server.resetAll();
        province(server).reset();
    }

    public static void stop(WireMockServer server) {
        server.stop();
        PROVINCES.remove(server);
    }
}
