package gx.zhicheng.bench;

import gx.zhicheng.province.ProvinceTraffic;
import gx.zhicheng.province.SyntheticDeclarations;
import gx.zhicheng.province.SyntheticProvince;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The benchmark (docs/benchmark.md), not a test: N deterministic synthetic declarations served by the synthetic
 * province, first to a plain HTTP client (the bare limit), then to the real adapter in its own JVM against a
 * fresh PostgreSQL schema. Prints throughput, the latency from a declaration's first listing to its accepted
 * verdict, the adapter's heap, the outcomes, and what the province saw per endpoint (where the time went).
 * In steady mode ({@code -Dbench.mode=steady}) the province publishes declarations at a fixed rate while the
 * adapter runs on its schedule, and the latency is measured from each declaration's publication.
 *
 * <p>{@code mvn -Pbench -q test-compile exec:exec -Dbench.declarations=100000}
 */
public final class Benchmark {

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        Machine machine = Machine.describe(settings);
        System.out.printf("zhicheng-sync benchmark (%s): %d calls in flight, %d review workers, adapter -Xmx%s%s%s%s%n", settings.mode(),
                settings.concurrency(), settings.reviewWorkers(), settings.xmx(),
                settings.adapterJvm().isBlank() ? "" : " " + settings.adapterJvm(),
                settings.adapterJar().isBlank() ? ", class path" : ", -jar " + settings.adapterJar(),
                settings.adapterJava().isBlank() ? "" : ", on " + settings.adapterJava());
        System.out.printf("machine: %d cores, %s, %s, %s, load average %s%n", machine.cores(), machine.jvm(), machine.os(),
                machine.postgres(), Machine.loadAverage());
        if (settings.mode().equals("operator")) {
            OperatorBench.run(settings);
        } else if (settings.steady()) {
            steady(settings);
        } else {
            oneShot(settings, settings.declarations());
        }
    }

    /** One one-shot run of n declarations; answers the adapter's end-to-end rate. */
    private static double oneShot(BenchSettings settings, int n) throws Exception {
        String schema = newSchema();
        System.out.printf("one-shot run: %d declarations%n", n);
        try (SyntheticProvince province = new SyntheticProvince(n, 0)) {
            CpuTimes bareStart = CpuTimes.now(0);
            double bareSeconds = new BareClient(province.port(), settings.concurrency()).run();
            CpuTimes bareCpu = CpuTimes.now(0).since(bareStart);
            System.out.printf("bare limit: %.0f declarations/s (plain HttpClient, %.1f s)%n", n / bareSeconds, bareSeconds);
            System.out.printf("  CPU of the bare run: benchmark JVM (client and province) %.1f s, %.3f ms a declaration; "
                    + "machine busy %.1f of %.1f core-seconds%n", bareCpu.benchmark(), 1000 * bareCpu.benchmark() / n,
                    bareCpu.machineBusy(), bareCpu.wallSeconds() * Runtime.getRuntime().availableProcessors());
            print(province.traffic(), province.traffic().endpoints().values().stream()
                    .mapToLong(ProvinceTraffic.Endpoint::firstNanos).min().orElse(0));
            province.reset();
            settle();

            Machine.createSchema(settings, schema);
            AdapterRun run = AdapterRun.start(settings, province.port(), schema, province::acceptedCount, province::firstListingNanos, n);
            Latencies latencies = Latencies.of(province);
            double sync = latencies.syncSeconds();
            double rate = latencies.measured() / sync;
            System.out.printf("adapter: exit code %d, %s%n", run.exitCode(), run.summary());
            System.out.printf("  wall time %.1f s with JVM start (%.1f s until the first listing page), sync %.1f s%n",
                    run.seconds(), (latencies.firstServedNanos() - run.startedNanos()) / 1e9, sync);
            printStartup(run);
            System.out.printf("  end to end: %.0f declarations/s (first listing served -> last verdict accepted), "
                    + "%.0f/s counting the JVM start%n", rate, latencies.measured() / run.seconds());
            System.out.printf("  appearance -> verdict accepted: p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d measured, %d without a verdict)%n",
                    latencies.p50Millis(), latencies.p99Millis(), latencies.maxMillis(), latencies.measured(), latencies.missing());
            printCpu(run, n);
            printHeap(settings, run);
            printOutcomes(province, n);
            System.out.printf("  adapter/bare: %.2f%n", rate / (n / bareSeconds));
            print(province.traffic(), latencies.firstServedNanos());
            System.out.printf("  adapter log: %s%n", run.log());
            return rate;
        } finally {
            if (!settings.keepSchema()) {
                Machine.dropSchema(settings, schema);
            }
        }
    }

    /**
     * Steady mode: the province publishes declarations at a fixed rate for the duration while the adapter polls on
     * its schedule (the Quartz tick every bench.poll seconds, every tick due); the adapter is stopped once every
     * published declaration has its verdict, or two polls and 30 s after the last one appeared.
     */
    private static void steady(BenchSettings settings) throws Exception {
        int poll = settings.pollSeconds();
        if (poll < 1 || poll > 59 || 60 % poll != 0) {
            throw new IllegalArgumentException("bench.poll must divide 60 (a Quartz seconds field): " + poll);
        }
        double rate = settings.rate();
        if (rate <= 0) {
            rate = oneShot(settings, Math.min(settings.declarations(), 10_000)) / 2;
            System.out.printf("steady rate: half the adapter's one-shot rate above, %.1f declarations/s%n", rate);
        }
        int n = (int) Math.ceil(rate * settings.durationSeconds());
        String schema = newSchema();
        System.out.printf("steady run: %.1f declarations/s for %d s (%d declarations), adapter polling every %d s%n", rate,
                settings.durationSeconds(), n, poll);
        try (SyntheticProvince province = new SyntheticProvince(n, 0)) {
            province.publishSteadily(rate);
            Machine.createSchema(settings, schema);
            long[] lastSeen = {0};
            settle();
            AdapterRun run = AdapterRun.start(settings, province.port(), schema, province::acceptedCount, province::firstListingNanos, n, List.of(
                    "--zhicheng.sync.run-once=false", "--zhicheng.sync.scheduled=true",
                    // the schedule asks for a sync every minute of every month; the tick makes that every `poll` seconds
                    "--zhicheng.sync.tick-cron=0/" + poll + " * * * * ?", "--zhicheng.sync.cron=0 * * * * ?",
                    "--zhicheng.sync.schedule.phases[0].name=bench", "--zhicheng.sync.schedule.phases[0].calendar=DECLARATION",
                    "--zhicheng.sync.schedule.phases[0].cron=0 * * * * ?"),
                    () -> {
                        long last = province.publishedNanos(n - 1);
                        if (last == 0) {
                            return false;
                        }
                        lastSeen[0] = last;
                        return province.acceptedCount() >= n || System.nanoTime() - last > (2L * poll + 30) * 1_000_000_000L;
                    });
            long[] millis = new long[n];
            int measured = 0;
            for (int i = 0; i < n; i++) {
                long published = province.publishedNanos(i);
                long accepted = province.acceptedNanos(i);
                if (published != 0 && accepted != 0) {
                    millis[measured++] = accepted - published;
                }
            }
            long[] sorted = Arrays.copyOf(millis, measured);
            Arrays.sort(sorted);
            double p99 = percentile(sorted, 0.99);
            System.out.printf("adapter: stopped after %.1f s (exit code %d); %s%n", run.seconds(), run.exitCode(), run.summary());
            System.out.printf("  appearance (publication) -> verdict accepted: p50 %.0f ms, p99 %.0f ms, max %.0f ms "
                            + "(%d of %d with a verdict)%n", percentile(sorted, 0.50), p99,
                    measured == 0 ? 0 : sorted[measured - 1] / 1e6, measured, n);
            System.out.printf("  p99 against the poll interval + 2 s (%d ms): %s%n", (poll + 2) * 1000,
                    measured == n && p99 <= (poll + 2) * 1000 ? "met" : "NOT met");
            printHeap(settings, run);
            printOutcomes(province, n);
            print(province.traffic(), province.publishedNanos(0));
            System.out.printf("  adapter log: %s%n", run.log());
        } finally {
            if (!settings.keepSchema()) {
                Machine.dropSchema(settings, schema);
            }
        }
    }

    /** Where the CPU of the sync went (first listing to last verdict), in seconds and per declaration. */
    private static void printCpu(AdapterRun run, int n) {
        CpuTimes cpu = run.syncCpu();
        if (cpu == null) {
            return;
        }
        System.out.printf("  CPU of the sync (%.1f s, %.1f core-seconds): adapter %.1f s (%.3f ms a declaration), PostgreSQL "
                        + "%.1f s (%.3f ms), benchmark JVM (province) %.1f s (%.3f ms), other %.1f s; machine busy %.1f s%n",
                cpu.wallSeconds(), cpu.wallSeconds() * Runtime.getRuntime().availableProcessors(), cpu.adapter(),
                1000 * cpu.adapter() / n, cpu.postgres(), 1000 * cpu.postgres() / n, cpu.benchmark(), 1000 * cpu.benchmark() / n,
                cpu.other(), cpu.machineBusy());
    }

    /** The start-up: JVM start to the first listing request, wall clock and the adapter's CPU time until then. */
    private static void printStartup(AdapterRun run) {
        System.out.printf("  start-up: %.2f s from the JVM's start to the first listing request (target 5 s), %.2f CPU s of the "
                + "adapter until then; load average %s%n", run.startupSeconds(), run.startupCpuSeconds(), Machine.loadAverage());
    }

    /**
     * Lets the benchmark's own JVM go quiet (its JIT compiles what the bare client ran) before the adapter starts, so
     * that the adapter's start-up competes with other jobs only, not with the benchmark.
     */
    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(2000);
    }

    private static void printHeap(BenchSettings settings, AdapterRun run) {
        System.out.printf("  peak heap: %d MB used, %d MB committed, at most %d MB live after a collection (-Xmx%s, %d collections)%n",
                run.peakHeapUsedMb(), run.peakHeapCommittedMb(), run.liveAfterGcMb(), settings.xmx(), run.collections());
        StringBuilder line = new StringBuilder("  live heap after a full collection (jcmd GC.class_histogram):");
        run.liveHeap().forEach(s -> line.append(String.format(" %d MB at %d verdicts,", s.liveMb(), s.accepted())));
        System.out.println(run.liveHeap().isEmpty() ? line + " none taken" : line.substring(0, line.length() - 1));
    }

    private static void printOutcomes(SyntheticProvince province, int n) {
        Map<String, Integer> expected = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            expected.merge(SyntheticDeclarations.expected(i), 1, Integer::sum);
        }
        System.out.printf("  outcomes accepted: %s (drawn: %s)%n", province.acceptedOutcomes(), expected);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static String newSchema() {
        return "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Per endpoint: requests, when they started and ended (seconds after t0), and the province's own time. */
    private static void print(ProvinceTraffic traffic, long t0) {
        for (ProvinceTraffic.Endpoint e : traffic.endpoints().values()) {
            System.out.printf("    %-42s %7d requests, %7.1f s .. %7.1f s, province busy %6.1f s%n", e.name(), e.requests(),
                    (e.firstNanos() - t0) / 1e9, (e.lastNanos() - t0) / 1e9, e.busyNanos() / 1e9);
        }
    }
}
