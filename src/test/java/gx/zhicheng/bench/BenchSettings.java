package gx.zhicheng.bench;

import java.nio.file.Path;

/**
 * What one benchmark run does, from system properties (all optional): how many declarations, the adapter's
 * heap, in-flight calls (the bare client uses the same) and review workers, the database, whether to record a JFR
 * profile, the adapter's JVM options, jar and JDK (start-up with class-data sharing or an AOT cache), and the mode: one-shot, or steady
 * (publication at bench.rate declarations/s for bench.duration seconds, the adapter polling every bench.poll seconds).
 */
record BenchSettings(int declarations, int concurrency, int reviewWorkers, String xmx, String dbUrl, String dbUser, boolean jfr,
                     boolean keepSchema, Path workDir, String extraAdapterArgs, String adapterJvm, String adapterJar, String adapterJava, String mode, double rate,
                     int durationSeconds, int pollSeconds) {

    /** Extra JVM options of the adapter (-Dbench.adapter-jvm="-XX:SharedArchiveFile=… -XX:TieredStopAtLevel=1"). */
    java.util.List<String> adapterJvmArgs() {
        return adapterJvm.isBlank() ? java.util.List.of() : java.util.List.of(adapterJvm.trim().split("\\s+"));
    }

    boolean steady() {
        return mode.equals("steady");
    }

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
                System.getProperty("bench.adapter-args", ""),
                System.getProperty("bench.adapter-jvm", ""),
                System.getProperty("bench.adapter-jar", ""),
                System.getProperty("bench.adapter-java", ""),
                System.getProperty("bench.mode", "oneshot"),
                Double.parseDouble(System.getProperty("bench.rate", "0")),
                Integer.getInteger("bench.duration", 120),
                Integer.getInteger("bench.poll", 10));
    }
}
