package gx.zhicheng.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database of an integration test: a private in-memory H2 database by default, or a private schema
 * of the machine's PostgreSQL when the build runs with -Dtest.db=postgres (what CI adds).
 */
public final class TestDatabase {

    private TestDatabase() {}

    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("test.db", "h2"));
    }

    public static void register(DynamicPropertyRegistry registry) {
        // Spring keeps every test context (and its pool) alive for reuse: small pools whose idle connections
        // close keep a full suite under PostgreSQL's 100 connections
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
        registry.add("spring.datasource.hikari.minimum-idle", () -> "0");
        registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (postgres()) {
            registry.add("spring.datasource.url", () -> System.getProperty("test.db.url",
                    "jdbc:postgresql://127.0.0.1:5432/test") + "?currentSchema=" + name);
            registry.add("spring.datasource.username", () -> System.getProperty("test.db.user", "postgres"));
            registry.add("spring.datasource.password", () -> System.getProperty("test.db.password", ""));
            registry.add("spring.flyway.schemas", () -> name);
            // the schema's name as the connections' application_name: a test can find (and terminate) them
            registry.add("spring.datasource.hikari.data-source-properties.ApplicationName", () -> name);
        } else {
            registry.add("spring.datasource.url",
                    () -> "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
        }
    }

    /**
     * A schema of its own on the machine's PostgreSQL, migrated by the project's migrations (with plain Flyway, no
     * Spring context), dropped on close: for tests of what only PostgreSQL does (its planner, ANALYZE).
     */
    public static final class PostgresSchema implements AutoCloseable {

        private final String url = System.getProperty("test.db.url", "jdbc:postgresql://127.0.0.1:5432/test");
        private final String user = System.getProperty("test.db.user", "postgres");
        private final String password = System.getProperty("test.db.password", "");
        private final String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        private final Flyway flyway = Flyway.configure().dataSource(url, user, password).schemas(name)
                .locations("classpath:db/migration").load();

        private PostgresSchema() {}

        public static PostgresSchema migrated() throws SQLException {
            PostgresSchema schema = new PostgresSchema();
            try {
                schema.flyway.migrate();
            } catch (RuntimeException e) {
                schema.close();
                throw e;
            }
            return schema;
        }

        public String name() {
            return name;
        }

        public Flyway flyway() {
            return flyway;
        }

        /** A connection whose search path is this schema. */
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url + "?currentSchema=" + name, user, password);
        }

        @Override
        public void close() throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
        }
    }
}
