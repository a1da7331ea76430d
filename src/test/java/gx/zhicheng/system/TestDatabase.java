package gx.zhicheng.system;

import java.util.UUID;
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
}
