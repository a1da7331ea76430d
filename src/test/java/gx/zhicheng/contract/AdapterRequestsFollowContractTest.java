package gx.zhicheng.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import gx.zhicheng.mocks.FixedClock;
import gx.zhicheng.mocks.MockedProvince;
import gx.zhicheng.sync.SyncLauncher;
import gx.zhicheng.runs.SyncRuns;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every request the adapter sends in an integration run follows docs/contract/: the mocks' contract listener
 * checks each one as it arrives. The run takes the paths that send the most kinds of request: a listing walk
 * in which a declaration changes, a push refused as stale (so the declaration is fetched on its own), feeds,
 * archive lookups, then the re-check before confirmation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(FixedClock.class)
class AdapterRequestsFollowContractTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        MockedProvince.register(registry);
    }

    @Autowired
    SyncLauncher launcher;

    @Test
    void everyRequestOfASyncAndARecheckFollowsTheContract() {
        MockedProvince.reset();
        MockedProvince.scenario("declaration-changes-mid-walk");
        MockedProvince.scenario("stale-version");

        SyncRuns.Run sync = launcher.runNow("TEST", null);
        SyncRuns.Run recheck = launcher.runNow(SyncLauncher.RECHECK, null);

        assertThat(MockedProvince.province().contractViolations()).isEmpty();
        assertThat(sync.state()).isEqualTo("SUCCEEDED");
        assertThat(recheck.state()).isEqualTo("SUCCEEDED");
        List<String> sent = MockedProvince.server().getAllServeEvents().stream()
                .map(ServeEvent::getRequest).map(r -> r.getMethod() + " " + r.getUrl().replaceFirst("\\?.*", "")).toList();
        assertThat(sent).as("the run covers every kind of request").contains("POST /oauth/token", "GET /api/v1/declarations",
                "GET /api/v1/integrity-archive", "POST /si/v1/contributions:query", "POST /ce/v1/records:query");
        assertThat(sent).anyMatch(r -> r.matches("GET /api/v1/declarations/GX.*"));
        assertThat(sent).anyMatch(r -> r.matches("PUT /api/v1/declarations/GX.*/pre-review"));
    }
}
