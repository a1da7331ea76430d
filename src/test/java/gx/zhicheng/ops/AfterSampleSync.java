package gx.zhicheng.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import gx.zhicheng.mocks.FixedClock;
import gx.zhicheng.mocks.MockedProvince;
import gx.zhicheng.sync.SyncLauncher;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The operator tests that start from the sample declarations synced once, through the real flow, against the
 * bundled mocks: each test class gets its own database (the context is closed after the class, so the
 * decisions one class takes never reach another's), syncs before its first test and starts every test with
 * the mock's request log empty, so a test counts only the requests it caused.
 */
@AutoConfigureTestRestTemplate
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class AfterSampleSync {

    private static final Set<Class<?>> SYNCED = ConcurrentHashMap.newKeySet();

    @DynamicPropertySource
    static void sampleProvince(DynamicPropertyRegistry registry) {
        OpsFixtures.registerSampleProvince(registry);
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    SyncLauncher launcher;
    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();
    final WireMockServer mock = MockedProvince.server();

    @BeforeEach
    void syncSamplesOnce() {
        if (SYNCED.add(getClass())) {
            assertThat(launcher.runNow("TEST", null).state()).isEqualTo("SUCCEEDED");
        }
        mock.resetRequests();
    }
}
