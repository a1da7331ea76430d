package gx.zhicheng.province;

import gx.zhicheng.system.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real adapter in a JVM of its own, against a {@link SyntheticProvince}, on a database the caller names
 * (a PostgreSQL schema with -Dtest.db=postgres, else an H2 file that several processes may open).
 */
final class AdapterProcess {

    private AdapterProcess() {}

    static String databaseUrl(Path work, String schema) {
        return TestDatabase.postgres() ? "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema
                : "jdbc:h2:file:" + work.toAbsolutePath().resolve("db")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    /**
     * Migrates the database before any adapter is killed: H2 commits each DDL statement on its own, so a kill in
     * the middle of a first migration leaves a half-made schema that Flyway cannot repair (PostgreSQL's DDL is
     * transactional). The crashes under test are those of a running adapter, not of its first installation.
     */
    static void migrate(Path work, String schema) throws IOException {
        java.nio.file.Files.createDirectories(work);
        var flyway = org.flywaydb.core.Flyway.configure()
                .dataSource(databaseUrl(work, schema), TestDatabase.postgres() ? "postgres" : "sa", "")
                .locations("classpath:db/migration");
        if (TestDatabase.postgres()) {
            flyway.schemas(schema);
        }
        flyway.load().migrate();
    }

    static Process start(SyntheticProvince province, Path work, String schema, String name, List<String> extra)
            throws IOException {
        String url = "http://127.0.0.1:" + province.port();
        return start(work, schema, name, List.of(
                "--zhicheng.platform.base-url=" + url, "--zhicheng.platform.client-id=synthetic",
                "--zhicheng.platform.client-secret=synthetic-secret",
                "--zhicheng.feeds.si.base-url=" + url, "--zhicheng.feeds.si.app-key=k", "--zhicheng.feeds.si.app-secret=s",
                "--zhicheng.feeds.ce.base-url=" + url, "--zhicheng.feeds.ce.app-key=k", "--zhicheng.feeds.ce.app-secret=s"),
                extra);
    }

    /** The adapter with the remote systems and credentials the caller gives. */
    static Process start(Path work, String schema, String name, List<String> remotes, List<String> extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-cp", System.getProperty("java.class.path"), "gx.zhicheng.ZhichengSyncApplication",
                "--server.port=0", "--spring.main.banner-mode=off",
                "--zhicheng.retry.initial-delay-ms=50", "--zhicheng.retry.max-delay-ms=500"));
        command.addAll(remotes);
        if (TestDatabase.postgres()) {
            command.add("--spring.profiles.active=postgres");
            command.add("--spring.datasource.username=postgres");
            command.add("--spring.flyway.schemas=" + schema);
        }
        command.add("--spring.datasource.url=" + databaseUrl(work, schema));
        if (!TestDatabase.postgres()) {
            command.add("--zhicheng.database.embedded=true");
        }
        command.addAll(extra);
        Files.createDirectories(work);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile()).start();
    }
}
