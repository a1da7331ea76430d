package gx.zhicheng.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Tomcat refuses some URLs itself, before the application sees them, with its own HTML error page: an encoded
 * slash (%2F), a NUL (%00), a malformed escape. An encoded slash is passed through so that Spring Security's
 * firewall rejects it with the operator side's problem detail (SecurityConfig.rejectedUrls); for the rest, the
 * host's error report valve is replaced by one that writes an RFC 9457 problem detail instead of HTML.
 */
@Component
@ConditionalOnClass(TomcatServletWebServerFactory.class)
class TomcatUrls implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector ->
                connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
        // the host adds its ErrorReportValve when it starts, before it starts its contexts: swap it then
        factory.addContextLifecycleListeners(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                    && event.getLifecycle() instanceof Container context && context.getParent() != null) {
                Container host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve.getClass() == ErrorReportValve.class) {
                        host.getPipeline().removeValve(valve);
                        host.getPipeline().addValve(new ProblemReportValve());
                    }
                }
            }
        });
    }

    /** Tomcat's error report as a problem detail; only where nothing has been written (never the application's errors). */
    static final class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String detail = status == 400 ? "请求地址不合规，已被拒绝。" : "请求无法处理（HTTP " + status + "）。";
            String body = "{\"type\":\"about:blank\",\"title\":\"" + (known != null ? known.getReasonPhrase() : "Error")
                    + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response cannot take a body: nothing more to tell it
            }
        }
    }
}
