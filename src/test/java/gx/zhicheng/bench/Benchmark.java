package gx.zhicheng.bench;

import gx.zhicheng.province.ProvinceTraffic;
import gx.zhicheng.province.SyntheticProvince;
import java.util.UUID;

/**
 * The benchmark (docs/benchmark.md), not a test: N deterministic synthetic declarations served by the synthetic
 * province, first to a plain HTTP client (the bare limit), then to the real adapter in its own JVM against a
 * fresh PostgreSQL schema. Prints throughput, the latency from a declaration's first listing to its accepted
 * verdict, the adapter's peak heap, and what the province saw per endpoint (where the time went).
 *
 * <p>{@code mvn -Pbench -q test-compile exec:exec -Dbench.declarations=100000}
 */
public final class Benchmark {

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        Machine machine = Machine.describe(settings);
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        int n = settings.declarations();
        System.out.printf("zhicheng-sync benchmark: %d declarations, %d calls in flight, %d review workers, adapter -Xmx%s%n", n,
                settings.concurrency(), settings.reviewWorkers(), settings.xmx());
        System.out.printf("machine: %d cores, %s, %s, %s%n", machine.cores(), machine.jvm(), machine.os(), machine.postgres());
        try (SyntheticProvince province = new SyntheticProvince(n, 0)) {
            double bareSeconds = new BareClient(province.port(), settings.concurrency()).run();
            System.out.printf("bare limit: %.0f declarations/s (plain HttpClient, %.1f s)%n", n / bareSeconds, bareSeconds);
            print(province.traffic(), province.traffic().endpoints().values().stream()
                    .mapToLong(ProvinceTraffic.Endpoint::firstNanos).min().orElse(0));
            province.reset();

            Machine.createSchema(settings, schema);
            AdapterRun run = AdapterRun.start(settings, province.port(), schema);
            Latencies latencies = Latencies.of(province);
            double sync = latencies.syncSeconds();
            System.out.printf("adapter: exit code %d, %s%n", run.exitCode(), run.summary());
            System.out.printf("  wall time %.1f s with JVM start (%.1f s until the first listing page), sync %.1f s%n",
                    run.seconds(), (latencies.firstServedNanos() - run.startedNanos()) / 1e9, sync);
            System.out.printf("  end to end: %.0f declarations/s (first listing served -> last verdict accepted), "
                    + "%.0f/s counting the JVM start%n", latencies.measured() / sync, latencies.measured() / run.seconds());
            System.out.printf("  appearance -> verdict accepted: p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d measured, %d without a verdict)%n",
                    latencies.p50Millis(), latencies.p99Millis(), latencies.maxMillis(), latencies.measured(), latencies.missing());
            System.out.printf("  peak heap: %d MB used, %d MB committed, at most %d MB live after a collection (-Xmx%s, %d collections)%n",
                    run.peakHeapUsedMb(), run.peakHeapCommittedMb(), run.liveAfterGcMb(), settings.xmx(), run.collections());
            System.out.printf("  adapter/bare: %.2f%n", (latencies.measured() / sync) / (n / bareSeconds));
            print(province.traffic(), latencies.firstServedNanos());
            System.out.printf("  adapter log: %s%n", run.log());
        } finally {
            if (!settings.keepSchema()) {
                Machine.dropSchema(settings, schema);
            }
        }
    }

    /** Per endpoint: requests, when they started and ended (seconds after t0), and the province's own time. */
    private static void print(ProvinceTraffic traffic, long t0) {
        for (ProvinceTraffic.Endpoint e : traffic.endpoints().values()) {
            System.out.printf("    %-42s %7d requests, %7.1f s .. %7.1f s, province busy %6.1f s%n", e.name(), e.requests(),
                    (e.firstNanos() - t0) / 1e9, (e.lastNanos() - t0) / 1e9, e.busyNanos() / 1e9);
        }
    }
}
