package gx.zhicheng.province;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.mocks.MockedProvince;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One-shot mode's exit codes (docs/contract/README.md), from a real adapter JVM: 0 when every declaration is
 * reviewed and every verdict accepted, 2 when something waits for an operator, 1 when the cycle could not run.
 */
class OneShotExitCodesTest {

    private static final List<String> ONE_SHOT = List.of("--zhicheng.sync.run-once=true", "--zhicheng.sync.scheduled=false",
            "--zhicheng.outbox.drain-enabled=false", "--zhicheng.platform.max-requests-per-second=500");

    private final Path work = Path.of("target", "one-shot-" + UUID.randomUUID().toString().substring(0, 8));

    private int exitCode(String name, List<String> remotes) throws Exception {
        Process adapter = AdapterProcess.start(work, "oneshot_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10),
                name, remotes, ONE_SHOT);
        assertThat(adapter.waitFor(3, TimeUnit.MINUTES)).as("%s finishes", name).isTrue();
        return adapter.exitValue();
    }

    private static List<String> remotes(String url, String clientSecret) {
        List<String> remotes = new ArrayList<>(List.of("--zhicheng.platform.base-url=" + url, "--zhicheng.platform.client-id=demo-client"));
        if (clientSecret != null) {
            remotes.add("--zhicheng.platform.client-secret=" + clientSecret);
        }
        for (String feed : new String[] {"si", "ce"}) {
            remotes.addAll(List.of("--zhicheng.feeds." + feed + ".base-url=" + url, "--zhicheng.feeds." + feed + ".app-key=demo-app",
                    "--zhicheng.feeds." + feed + ".app-secret=demo-secret"));
        }
        return remotes;
    }

    @Test
    void exitsWithZeroWhenEverythingIsReviewedAndAccepted() throws Exception {
        try (SyntheticProvince province = new SyntheticProvince(30, 0)) {
            List<String> remotes = new ArrayList<>(remotes("http://127.0.0.1:" + province.port(), "any"));
            assertThat(exitCode("all-accepted", remotes)).isZero();
            assertThat(province.pushes()).hasSize(30);
        }
    }

    @Test
    void exitsWithTwoWhenDeclarationsAreParkedForAnOperator() throws Exception {
        // the bundled samples: four do not validate against the contract on purpose
        MockedProvince.reset();
        MockedProvince.province().clock().set(Instant.now());
        try {
            assertThat(exitCode("samples", remotes("http://127.0.0.1:" + MockedProvince.server().port(), "demo-secret"))).isEqualTo(2);
        } finally {
            MockedProvince.reset();
        }
    }

    @Test
    void exitsWithOneWhenThePlatformCannotBeReached() throws Exception {
        assertThat(exitCode("unreachable", remotes("http://127.0.0.1:9", "any"))).isEqualTo(1);
    }

    @Test
    void exitsWithOneWhenASecretIsMissing() throws Exception {
        assertThat(exitCode("no-secret", remotes("http://127.0.0.1:9", null))).isEqualTo(1);
        assertThat(java.nio.file.Files.readString(work.resolve("no-secret.log"))).contains("zhicheng.platform.client-secret");
    }
}
