package gx.zhicheng.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What the figures were measured on, and the benchmark's private PostgreSQL schema. */
record Machine(int cores, String jvm, String os, String postgres) {

    static Machine describe(BenchSettings settings) throws SQLException {
        try (Connection c = connect(settings); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version()")) {
            rs.next();
            return new Machine(Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                    rs.getString(1).replaceAll(" on .*", ""));
        }
    }

    /** The 1, 5 and 15 minute load averages: a shared machine's throughput figures are read against them. */
    static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static void createSchema(BenchSettings settings, String schema) throws SQLException {
        execute(settings, "CREATE SCHEMA " + schema);
    }

    static void dropSchema(BenchSettings settings, String schema) throws SQLException {
        execute(settings, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void execute(BenchSettings settings, String sql) throws SQLException {
        try (Connection c = connect(settings); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect(BenchSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), "");
    }
}
