package gx.zhicheng.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real adapter as a separate JVM in one-shot mode (as CrashRecoveryTest starts it), against the province
 * and a fresh PostgreSQL schema, with the throttles raised. Its heap is read from its own GC log: the heap
 * in use when a collection starts is the peak since the one before (G1 lets it grow towards -Xmx before it
 * collects, so this says what the heap was allowed, not what it needed); the most left after a collection is
 * the most the adapter ever held alive.
 */
record AdapterRun(int exitCode, double seconds, long startedNanos, long firstListingNanos, double startupCpuSeconds, long peakHeapUsedMb, long liveAfterGcMb, long peakHeapCommittedMb,
                  int collections, String summary, Path log, List<HeapProbe.Sample> liveHeap, CpuTimes syncCpu) {

    /** Seconds from the JVM's start to its first listing request. */
    double startupSeconds() {
        return firstListingNanos == 0 ? Double.NaN : (firstListingNanos - startedNanos) / 1e9;
    }

    private static String javaOf(String jdk) {
        Path path = Path.of(jdk);
        return Files.isDirectory(path) ? path.resolve("bin").resolve("java").toString() : path.toString();
    }

    private static final Pattern GC = Pattern.compile("\\) (\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /** A one-shot run; {@code accepted} counts the verdicts the province accepted, for the heap probe. */
    static AdapterRun start(BenchSettings settings, int port, String schema, LongSupplier accepted, LongSupplier firstListing,
                            long expected) throws IOException, InterruptedException {
        return start(settings, port, schema, accepted, firstListing, expected, List.of("--zhicheng.sync.run-once=true",
                "--zhicheng.sync.scheduled=false"), () -> false);
    }

    /** The adapter with the mode arguments given, stopped (SIGTERM) once {@code stop} says so, or after two hours. */
    static AdapterRun start(BenchSettings settings, int port, String schema, LongSupplier accepted, LongSupplier firstListing,
                            long expected, List<String> mode, BooleanSupplier stop) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(settings.workDir().toAbsolutePath());
        Path gcLog = dir.resolve("adapter-gc.log");
        Path log = dir.resolve("adapter.log");
        Files.deleteIfExists(gcLog);
        String url = "http://127.0.0.1:" + port;
        List<String> command = new ArrayList<>(List.of(
                settings.adapterJava().isBlank() ? Path.of(System.getProperty("java.home"), "bin", "java").toString()
                        // another JDK for the adapter (bench.adapter-java: a JDK home or its java), e.g. 25 for its AOT cache
                        : javaOf(settings.adapterJava()), "-Xmx" + settings.xmx(),
                "-Xlog:gc:file=" + gcLog));
        if (settings.jfr()) {
            command.add("-XX:StartFlightRecording=filename=" + dir.resolve("adapter.jfr") + ",settings=profile");
        }
        command.addAll(settings.adapterJvmArgs());
        if (settings.adapterJar().isBlank()) {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "gx.zhicheng.ZhichengSyncApplication"));
        } else {
            // the extracted jar (docs/benchmark.md, start-up): a class-data-sharing archive needs jars, not directories
            command.addAll(List.of("-jar", Path.of(settings.adapterJar()).toAbsolutePath().toString()));
        }
        command.addAll(mode);
        command.addAll(List.of("--server.port=0",
                "--zhicheng.outbox.drain-enabled=false",
                "--zhicheng.platform.base-url=" + url, "--zhicheng.platform.client-id=bench",
                "--zhicheng.platform.client-secret=bench-secret",
                // the throttles protect a real province; the benchmark measures the adapter, so they are out of the way.
                // Not higher: Camel's TotalRequestsThrottler keeps one permit object per request of its period, so a
                // million a second held 3 x 1,000,000 permits (72 MB) in the adapter's heap for nothing
                "--zhicheng.platform.max-requests-per-second=20000",
                "--zhicheng.feeds.si.max-requests-per-second=20000", "--zhicheng.feeds.ce.max-requests-per-second=20000",
                "--zhicheng.platform.max-in-flight=" + settings.concurrency(),
                "--zhicheng.sync.review-workers=" + settings.reviewWorkers(),
                "--zhicheng.feeds.si.base-url=" + url, "--zhicheng.feeds.si.app-key=k", "--zhicheng.feeds.si.app-secret=s",
                "--zhicheng.feeds.ce.base-url=" + url, "--zhicheng.feeds.ce.app-key=k", "--zhicheng.feeds.ce.app-secret=s",
                "--spring.datasource.url=" + settings.dbUrl() + "?currentSchema=" + schema,
                "--spring.datasource.username=" + settings.dbUser(), "--spring.flyway.schemas=" + schema,
                // as the postgres profile (config/application-postgres.yaml): no generic plans kept from the empty schema
                "--spring.datasource.hikari.data-source-properties.options=--plan_cache_mode=force_custom_plan"));
        if (!settings.extraAdapterArgs().isBlank()) {
            command.addAll(List.of(settings.extraAdapterArgs().trim().split("\\s+")));
        }
        long started = System.nanoTime();
        Process adapter = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // a benchmark stopped with Ctrl-C takes its adapter along
        Thread kill = new Thread(adapter::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(kill);
        // the adapter's CPU time (user + system) when its first listing request arrives: unlike the wall time, it hardly
        // depends on what else the machine's cores are doing
        double[] startupCpu = {Double.NaN};
        CpuTimes[] syncCpu = {null};
        Thread cpuProbe = new Thread(() -> {
            try {
                while (firstListing.getAsLong() == 0 && adapter.isAlive()) {
                    Thread.sleep(2);
                }
                startupCpu[0] = CpuTimes.process(adapter.pid());
                // then where the CPU goes during the sync: first listing to the last verdict accepted
                CpuTimes syncStart = CpuTimes.now(adapter.pid());
                while (accepted.getAsLong() < expected && adapter.isAlive()) {
                    Thread.sleep(5);
                }
                syncCpu[0] = CpuTimes.now(adapter.pid()).since(syncStart);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "startup-cpu-probe");
        cpuProbe.setDaemon(true);
        cpuProbe.start();
        HeapProbe probe = new HeapProbe(adapter, accepted, expected, dir);
        Thread probing = new Thread(probe, "heap-probe");
        probing.setDaemon(true);
        probing.start();
        long deadline = started + TimeUnit.HOURS.toNanos(2);
        while (!adapter.waitFor(500, TimeUnit.MILLISECONDS) && !stop.getAsBoolean() && System.nanoTime() < deadline) {
            // the adapter works; the caller's condition says when a scheduled one has done enough
        }
        if (adapter.isAlive()) {
            // a scheduled adapter (steady mode) runs until told: SIGTERM, so Spring closes it as an operator would
            adapter.destroy();
            if (!adapter.waitFor(60, TimeUnit.SECONDS)) {
                adapter.destroyForcibly().waitFor();
            }
        }
        probing.interrupt();
        cpuProbe.join(1000);
        cpuProbe.interrupt();
        double seconds = (System.nanoTime() - started) / 1e9;
        Runtime.getRuntime().removeShutdownHook(kill);
        long peakUsed = 0;
        long liveAfterGc = 0;
        long peakCommitted = 0;
        int collections = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC.matcher(line);
            if (m.find()) {
                collections++;
                peakUsed = Math.max(peakUsed, Long.parseLong(m.group(1)));
                liveAfterGc = Math.max(liveAfterGc, Long.parseLong(m.group(2)));
                peakCommitted = Math.max(peakCommitted, Long.parseLong(m.group(3)));
            }
        }
        String summary = Files.readAllLines(log).stream().filter(l -> l.contains("Sync run") && l.contains("pulled"))
                .reduce((a, b) -> b).map(l -> l.substring(l.indexOf("Sync run"))).orElse("(no run summary in the log)");
        return new AdapterRun(adapter.exitValue(), seconds, started, firstListing.getAsLong(), startupCpu[0], peakUsed, liveAfterGc, peakCommitted, collections, summary, log,
                probe.samples(), syncCpu[0]);
    }
}
