package gx.zhicheng.bench;

import java.nio.file.Path;

/**
 * What one benchmark run does, from system properties (all optional): how many declarations, the adapter's
 * heap, in-flight calls (the bare client uses the same) and review workers, the database, and whether to record a JFR profile.
 */
record BenchSettings(int declarations, int concurrency, int reviewWorkers, String xmx, String dbUrl, String dbUser, boolean jfr,
                     boolean keepSchema, Path workDir, String extraAdapterArgs) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                Integer.getInteger("bench.declarations", 100_000),
                Integer.getInteger("bench.concurrency", 8),
                Integer.getInteger("bench.review-workers", 3),
                System.getProperty("bench.xmx", "512m"),
                System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/test"),
                System.getProperty("bench.db.user", "postgres"),
                Boolean.getBoolean("bench.jfr"),
                Boolean.getBoolean("bench.keep-schema"),
                Path.of(System.getProperty("bench.dir", "target/bench")),
                System.getProperty("bench.adapter-args", ""));
    }
}
