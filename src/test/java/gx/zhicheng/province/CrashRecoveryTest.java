package gx.zhicheng.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Kills the adapter (a real separate JVM, SIGKILL) at random moments of one-shot syncs of a few hundred
 * declarations, restarts it each time, changes some declarations between runs, and then proves from what
 * the province received that every declaration ends with exactly one accepted verdict for its latest version
 * and that no verdict was pushed twice with different keys.
 *
 * <p>Parameters (system properties): crash.kills (default 5), crash.declarations (default 300), crash.seed,
 * crash.rate (the adapter's platform calls per second, default 400).
 * The soak run of the README: {@code mvn test -Dtest=CrashRecoveryTest -Dcrash.kills=200 -Dcrash.declarations=10000}.
 */
class CrashRecoveryTest {

    private final int kills = Integer.getInteger("crash.kills", 5);
    private final int declarations = Integer.getInteger("crash.declarations", 300);
    private final long seed = Long.getLong("crash.seed", System.nanoTime());

    @Test
    void everyDeclarationEndsWithOneAcceptedVerdictAfterRandomKills() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "crash-" + UUID.randomUUID().toString().substring(0, 8)));
        String schema = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Random random = new Random(seed);
        int killed = 0;
        int killedWhilePushing = 0;
        int finishedOnTheirOwn = 0;
        int changed = 0;
        AdapterProcess.migrate(work, schema);
        try (SyntheticProvince province = new SyntheticProvince(declarations, 0)) {
            // runs until `kills` runs were killed: a run that finishes before its kill does not count as one
            for (int k = 0; killed < kills; k++) {
                assertThat(k).as("runs needed for %d kills", kills).isLessThan(3 * kills + 10);
                if (k > 0 && random.nextBoolean()) {
                    for (int c = 0; c < Math.max(1, declarations / 30); c++) {
                        province.change(random.nextInt(declarations));
                        changed++;
                    }
                }
                int pushesBefore = province.pushes().size();
                long callsBefore = calls(province);
                // the kill falls after a random number of the run's calls to the province, drawn over the calls the
                // work left would take (a listing page per 200, an SI and a CE query per 100, an archive lookup and a
                // push per declaration): so kills land in every phase, push included, whatever the machine's speed
                int pending = Report.of(province).lost();
                long killAt = callsBefore + 1 + random.nextInt(2 + 2 * pending + pending / 40);
                Process adapter = start(province, work, schema, "run-" + k);
                if (!reaches(adapter, province, killAt)) {
                    finishedOnTheirOwn++;
                } else {
                    adapter.destroyForcibly().waitFor();
                    killed++;
                    // the run had pushed verdicts when it died: the kill may have hit a push in flight
                    killedWhilePushing += province.pushes().size() > pushesBefore ? 1 : 0;
                }
                System.out.printf("crash test progress: run %d, killed %d/%d (%d of them after the run's first push),"
                        + " pushes so far %d%n", k + 1, killed, kills, killedWhilePushing, province.pushes().size());
            }
            int exit = -1;
            for (int attempt = 0; attempt < 3 && exit != 0; attempt++) {
                Process last = start(province, work, schema, "final-" + attempt);
                assertThat(last.waitFor(10, TimeUnit.MINUTES)).as("the last run finishes").isTrue();
                exit = last.exitValue();
            }

            Report report = Report.of(province);
            System.out.printf("crash test: seed %d, kills %d (%d after the run's first push), runs that finished before"
                            + " their kill %d, declarations %d, versions changed %d, pushes %d, verdicts lost %d,"
                            + " duplicate pushes %d, final exit code %d%n",
                    seed, killed, killedWhilePushing, finishedOnTheirOwn, declarations, changed, province.pushes().size(),
                    report.lost(), report.duplicates(), exit);
            assertThat(exit).as("the last run exits 0: everything reviewed and accepted").isZero();
            assertThat(report.lost()).as("declarations whose latest version has no accepted verdict").isZero();
            assertThat(report.duplicates()).as("verdicts pushed again under another key").isZero();
            assertThat(report.latestVersionVerdicts()).as("one accepted verdict per latest version").isEqualTo(declarations);
        }
        assertThat(killed).isEqualTo(kills);
    }

    /** What the province received: lost verdicts, duplicates under other keys, verdicts of latest versions. */
    record Report(int lost, int duplicates, int latestVersionVerdicts) {
        static Report of(SyntheticProvince province) {
            Map<String, List<SyntheticProvince.Push>> byDeclaration = province.pushes().stream()
                    .collect(Collectors.groupingBy(SyntheticProvince.Push::declarationId));
            int lost = 0;
            int latest = 0;
            for (int i = 0; i < province.count(); i++) {
                int version = province.version(i);
                long atLatest = byDeclaration.getOrDefault(SyntheticDeclarations.declarationId(i), List.of()).stream()
                        .filter(p -> p.declarationVersion() == version).count();
                if (atLatest == 0) {
                    lost++;
                }
                latest += (int) Math.min(atLatest, 1);
                if (atLatest > 1) {
                    latest += 1_000_000; // more than one accepted verdict for the same version: fails the equality
                }
            }
            Map<String, Set<String>> keysPerVerdict = new HashMap<>();
            for (SyntheticProvince.Push push : province.pushes()) {
                keysPerVerdict.computeIfAbsent(push.declarationId() + "/" + push.declarationVersion() + "/" + push.contentHash(),
                        x -> new HashSet<>()).add(push.idempotencyKey());
            }
            int duplicates = keysPerVerdict.values().stream().mapToInt(keys -> keys.size() - 1).sum();
            return new Report(lost, duplicates, latest);
        }
    }

    private static long calls(SyntheticProvince province) {
        return province.traffic().endpoints().values().stream().mapToLong(ProvinceTraffic.Endpoint::requests).sum();
    }

    /** Waits until the province has served killAt calls in all; false when the adapter exits first. */
    private static boolean reaches(Process adapter, SyntheticProvince province, long killAt) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (calls(province) < killAt) {
            if (!adapter.isAlive()) {
                return false;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the adapter made no progress in 10 minutes");
            }
            Thread.sleep(2);
        }
        return true;
    }

    private Process start(SyntheticProvince province, Path work, String schema, String name) throws IOException {
        return AdapterProcess.start(province, work, schema, name, List.of("--zhicheng.sync.run-once=true",
                "--zhicheng.sync.scheduled=false", "--zhicheng.outbox.drain-enabled=false",
                "--zhicheng.platform.max-requests-per-second=" + Integer.getInteger("crash.rate", 400)));
    }
}
