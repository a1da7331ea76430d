package gx.zhicheng.system;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat rejects an encoded slash (%2F) itself, with its own HTML error page, before the application sees the
 * request. Passed through, the URL reaches Spring Security's firewall, which rejects it just the same but
 * answers with the operator side's problem detail (SecurityConfig.rejectedUrls).
 */
@Component
@ConditionalOnClass(TomcatServletWebServerFactory.class)
class TomcatUrls implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector ->
                connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }
}
