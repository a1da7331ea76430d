package gx.zhicheng.flow;

import java.util.Map;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.springframework.stereotype.Component;

/**
 * The one way Java starts a route: a new exchange with the named properties ({@link FlowKeys}), sent to a
 * {@code direct:} endpoint in the caller's thread. A route that ends normally gives back its exchange (the
 * properties and body it left); a route that fails throws {@link RouteFailed}, whose cause is the route's own
 * exception and which still carries the exchange, because a caller may need what the route set before it failed
 * (SyncLauncher reads the step and the walk's failure).
 */
@Component
public class FlowGateway {

    /**
     * The route failed: the cause is the exception the route ended with. A CamelExecutionException, as
     * ProducerTemplate's own send methods throw, so that a caller that caught those keeps catching.
     */
    public static class RouteFailed extends CamelExecutionException {
        RouteFailed(String endpoint, Exchange exchange) {
            super("route " + endpoint + " failed", exchange, exchange.getException());
        }
    }

    private final ProducerTemplate producer;

    public FlowGateway(ProducerTemplate producer) {
        this.producer = producer;
    }

    /**
     * Sends a new exchange with these properties (a null value sets none) to the endpoint and answers it as the route
     * left it; throws {@link RouteFailed} when the route failed.
     */
    public Exchange send(String endpoint, Map<String, ?> properties) {
        Exchange exchange = new DefaultExchange(producer.getCamelContext());
        properties.forEach((name, value) -> {
            if (value != null) {
                exchange.setProperty(name, value);
            }
        });
        Exchange done = producer.send(endpoint, exchange);
        if (done.getException() != null) {
            throw new RouteFailed(endpoint, done);
        }
        return done;
    }
}
