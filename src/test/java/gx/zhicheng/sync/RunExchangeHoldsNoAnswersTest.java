package gx.zhicheng.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import gx.zhicheng.mocks.MockedProvince;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.spi.UnitOfWork;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A sync run's exchanges live for the whole run (the cycle's, and one per review worker, looping over batches), so
 * nothing a remote call leaves on the calling exchange may stay there until the exchange ends: it would grow with
 * the number of declarations. A large answer (a listing page, an SI batch) once left the clean-up of its stream
 * cache on the caller's unit of work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class RunExchangeHoldsNoAnswersTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        MockedProvince.register(registry);
    }

    @Autowired
    CamelContext camel;
    @Autowired
    ProducerTemplate producer;

    private final WireMockServer mock = MockedProvince.server();
    private StubMapping large;

    @AfterEach
    void removeStub() {
        mock.removeStub(large);
    }

    @Test
    void aLargeAnswerLeavesNothingOnTheCallingExchange() {
        // 300 KB: past Camel's in-memory limit of 128 KB and its 8 KB direct-read threshold, sent chunked by WireMock
        String body = "{\"items\":[],\"padding\":\"" + "x".repeat(300_000) + "\",\"nextCursor\":null}";
        large = mock.stubFor(get(urlPathEqualTo("/api/v1/large-answer")).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
        Exchange caller = new DefaultExchange(camel);
        // the exchange's own unit of work, as a run's long-lived exchange has one: the route does not end it
        UnitOfWork work = org.apache.camel.support.PluginHelper.getUnitOfWorkFactory(camel).createUnitOfWork(caller);
        caller.getExchangeExtension().setUnitOfWork(work);
        caller.getMessage().setHeader(Exchange.HTTP_METHOD, "GET");
        caller.getMessage().setHeader(Exchange.HTTP_PATH, "/api/v1/large-answer");

        producer.send("direct:call-platform", caller);

        assertThat(caller.getException()).isNull();
        assertThat(caller.getMessage().getBody(String.class)).hasSize(body.length());
        mock.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/large-answer")));
        Exchange drained = new DefaultExchange(camel);
        work.handoverSynchronization(drained);
        List<Synchronization> left = drained.getExchangeExtension().handoverCompletions();
        assertThat(left).as("clean-ups left on the caller until it ends").isNullOrEmpty();
        work.done(caller);
    }
}
