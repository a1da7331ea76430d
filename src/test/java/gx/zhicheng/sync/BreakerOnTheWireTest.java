package gx.zhicheng.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import gx.zhicheng.mocks.FixedClock;
import gx.zhicheng.mocks.MockedProvince;
import gx.zhicheng.runs.SyncRuns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The circuit breaker sits inside the retry layer and counts every attempt (remote-call-errors.camel.yaml):
 * with a window of three calls, the token and two failed listing attempts open it, and the third attempt is
 * refused by the breaker without reaching the wire. A breaker around the whole call would let all four through.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(FixedClock.class)
@DirtiesContext
class BreakerOnTheWireTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        MockedProvince.register(registry);
        registry.add("zhicheng.breaker.sliding-window-size", () -> "3");
        registry.add("zhicheng.breaker.minimum-number-of-calls", () -> "3");
        registry.add("zhicheng.breaker.failure-rate-threshold", () -> "60");
    }

    @Autowired
    SyncLauncher launcher;

    private final WireMockServer mock = MockedProvince.server();

    @Test
    void breakerCountsEveryAttemptAndStopsTheRetriesWhenItOpens() {
        mock.resetRequests();
        StubMapping down = mock.stubFor(get(urlPathEqualTo("/api/v1/declarations")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("{\"error\":\"unavailable\"}")));
        try {
            SyncRuns.Run run = launcher.runNow("TEST", null);

            assertThat(run.state()).isEqualTo("FAILED");
            assertThat(run.message()).contains("CallNotPermitted");
            assertThat(mock.findAll(getRequestedFor(urlPathEqualTo("/api/v1/declarations")))).hasSize(2);
        } finally {
            mock.removeStub(down);
        }
    }
}
