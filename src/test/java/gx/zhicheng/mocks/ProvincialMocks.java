package gx.zhicheng.mocks;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;

/** The provincial endpoints of mocks/ in a WireMock server: the demo, the tests and the standalone command use this. */
public final class ProvincialMocks {

    private ProvincialMocks() {}

    /** Port 0 picks a free port. The request journal is capped so that long runs do not grow without bound. */
    public static WireMockServer start(int port, Path mocksRoot) {
        WireMockServer server = new WireMockServer(options()
                .port(port)
                .bindAddress("127.0.0.1")
                .usingFilesUnderDirectory(mocksRoot.toString())
                .maxRequestJournalEntries(10_000)
                .extensions(new FeedResults(mocksRoot)));
        server.start();
        return server;
    }
}
