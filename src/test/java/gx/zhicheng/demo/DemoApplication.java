package gx.zhicheng.demo;

import com.github.tomakehurst.wiremock.WireMockServer;
import gx.zhicheng.ZhichengSyncApplication;
import gx.zhicheng.mocks.ProvincialMocks;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The demo: the adapter with the bundled mocks served by an embedded WireMock, on the embedded H2 database.
 * It lives in the test sources so that the production jar carries neither the mock server nor demo credentials.
 * Run it with {@code mvn spring-boot:test-run}.
 */
public class DemoApplication {

    /** Where the demo profile's settings and users are: the test classpath, outranking ./config/. */
    static final String DEMO_CONFIG = "--spring.config.additional-location=optional:classpath:/demo/";

    public static void main(String[] args) {
        String[] withDemoConfig = new String[args.length + 1];
        withDemoConfig[0] = DEMO_CONFIG;
        System.arraycopy(args, 0, withDemoConfig, 1, args.length);
        SpringApplication.from(ZhichengSyncApplication::main)
                .with(DemoMocks.class)
                .withAdditionalProfiles("demo")
                .run(withDemoConfig);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class DemoMocks {
        @Bean(destroyMethod = "stop")
        WireMockServer provincialMocks(@Value("${demo.mock-port}") int port,
                                       @Value("${demo.mocks-dir:mocks}") String mocksDir) {
            return ProvincialMocks.start(port, Path.of(mocksDir));
        }
    }
}
