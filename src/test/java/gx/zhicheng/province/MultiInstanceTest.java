package gx.zhicheng.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two adapter instances (two JVMs) on one database with a backlog, on their schedule: every declaration gets
 * exactly one push, and when one instance is killed mid-run the other finishes its work. On PostgreSQL the
 * schedule is Quartz clustered on the database (one sync at a time across instances); review and push work is
 * claimed with FOR UPDATE SKIP LOCKED, so no declaration is reviewed or pushed by both.
 */
class MultiInstanceTest {

    private static final int DECLARATIONS = 600;

    @Test
    void twoInstancesShareTheBacklogAndOneFinishesWhenTheOtherIsKilled() throws Exception {
        Path work = Path.of("target", "multi-" + UUID.randomUUID().toString().substring(0, 8));
        String schema = "multi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<String> scheduled = List.of("--zhicheng.sync.tick-cron=0/2 * * * * ?",
                // every second of every day: the one phase (replacing the defaults' list) and the days it does not cover
                "--zhicheng.sync.cron=* * * * * ?", "--zhicheng.sync.schedule.phases[0].name=all",
                "--zhicheng.sync.schedule.phases[0].calendar=DECLARATION", "--zhicheng.sync.schedule.phases[0].cron=* * * * * ?", "--zhicheng.sync.claim-lease=8s",
                "--zhicheng.sync.review-batch-size=25", "--zhicheng.outbox.batch-size=10",
                "--zhicheng.outbox.drain-period-ms=1000", "--zhicheng.platform.max-requests-per-second=60");
        try (SyntheticProvince province = new SyntheticProvince(DECLARATIONS, 0)) {
            Process a = AdapterProcess.start(province, work, schema, "instance-a", scheduled);
            Process b = null;
            try {
                // inside the try: an instance A that does not start in time is stopped too, not left running
                await().atMost(Duration.ofSeconds(90)).until(() -> log(work, "instance-a").contains("Started ZhichengSyncApplication"));
                b = AdapterProcess.start(province, work, schema, "instance-b", scheduled);
                await().atMost(Duration.ofSeconds(120)).until(() -> province.pushes().size() >= DECLARATIONS / 4);
                a.destroyForcibly().waitFor();
                int atKill = province.pushes().size();

                await().atMost(Duration.ofSeconds(240)).until(() -> province.pushes().stream()
                        .map(SyntheticProvince.Push::declarationId).distinct().count() == DECLARATIONS);
                // a late duplicate from a lapsed claim would arrive in the next seconds
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                        .until(() -> province.pushes().size() == DECLARATIONS);
                Map<String, Long> pushesPerDeclaration = province.pushes().stream()
                        .collect(Collectors.groupingBy(SyntheticProvince.Push::declarationId, Collectors.counting()));
                System.out.printf("multi-instance test: %d declarations, %d pushes (%d when instance A was killed)%n",
                        DECLARATIONS, province.pushes().size(), atKill);
                assertThat(atKill).as("instance A was killed mid-run").isLessThan(DECLARATIONS);
                assertThat(pushesPerDeclaration).hasSize(DECLARATIONS);
                assertThat(pushesPerDeclaration.values()).as("exactly one push per declaration").containsOnly(1L);
                assertThat(log(work, "instance-b")).contains("Sync run");
            } finally {
                a.destroyForcibly();
                if (b != null) {
                    b.destroy();
                    b.waitFor();
                }
            }
        }
    }

    private static String log(Path work, String name) {
        try {
            return Files.readString(work.resolve(name + ".log"));
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
