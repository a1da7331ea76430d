package gx.zhicheng.remote;

import gx.zhicheng.flow.FlowKeys;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

/**
 * Turns the {@link RemoteRequest} of an exchange into the HTTP message of one attempt. Runs inside the
 * rate-limited part of each call route, once per attempt, so the counter {@code zhicheng.remote.requests}
 * (tag remote: platform, si, ce) counts exactly the requests that passed the throttle; a request on the wire
 * that it did not count was sent by a layer beneath the routes.
 */
@Component("remoteRequests")
public class RemoteRequests {


    private final Map<String, Counter> sent;

    RemoteRequests(MeterRegistry registry) {
        sent = Map.of(
                "platform", counter(registry, "platform"),
                "si", counter(registry, "si"),
                "ce", counter(registry, "ce"));
    }

    private static Counter counter(MeterRegistry registry, String remote) {
        return Counter.builder("zhicheng.remote.requests").description("requests sent to a remote system, retries included")
                .tag("remote", remote).register(registry);
    }

    /** Start of one call (before its retries): nothing of an earlier call or of the caller goes on the wire. */
    public void begin(Exchange exchange) {
        if (exchange.getProperty(FlowKeys.REMOTE_REQUEST, RemoteRequest.class) == null) {
            throw new IllegalStateException("no " + FlowKeys.REMOTE_REQUEST + " on the exchange: the caller built no request");
        }
        exchange.getMessage().removeHeaders("*");
        exchange.setProperty(FlowKeys.REMOTE_ATTEMPTS, 0);
    }

    public void platform(Exchange exchange) {
        attempt(exchange, "platform");
    }

    public void si(Exchange exchange) {
        attempt(exchange, "si");
    }

    public void ce(Exchange exchange) {
        attempt(exchange, "ce");
    }

    private void attempt(Exchange exchange, String remote) {
        RemoteRequest request = exchange.getProperty(FlowKeys.REMOTE_REQUEST, RemoteRequest.class);
        Integer attempts = exchange.getProperty(FlowKeys.REMOTE_ATTEMPTS, Integer.class);
        exchange.setProperty(FlowKeys.REMOTE_ATTEMPTS, attempts == null ? 1 : attempts + 1);
        sent.get(remote).increment();
        Message message = exchange.getMessage();
        // Camel's redelivery keeps its counter in these headers; everything else is this attempt's own
        message.removeHeaders("*", Exchange.REDELIVERED, Exchange.REDELIVERY_COUNTER, Exchange.REDELIVERY_MAX_COUNTER);
        message.setHeader(Exchange.HTTP_METHOD, request.method());
        message.setHeader(Exchange.HTTP_PATH, request.path());
        if (request.query() != null) {
            message.setHeader(Exchange.HTTP_QUERY, request.query());
        }
        request.headers().forEach(message::setHeader);
        message.setBody(request.body());
    }
}
