package org.allianceledger.platform.testing;

import org.allianceledger.platform.persistence.EventStoreMigrations;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fresh PostgreSQL database per test JVM and name, on the real server the suite runs against
 * ({@code LEDGER_TEST_PG_HOST}, {@code LEDGER_TEST_PG_PORT}, {@code LEDGER_TEST_PG_USER}; defaults 127.0.0.1, 5432, postgres).
 * {@code LEDGER_TEST_DB_PREFIX} (default {@code ledger_test_}) keeps two checkouts' suites on one server apart.
 */
public final class TestDatabase {

    public static final String HOST = env("LEDGER_TEST_PG_HOST", "127.0.0.1");
    public static final String PORT = env("LEDGER_TEST_PG_PORT", "5432");
    public static final String USER = env("LEDGER_TEST_PG_USER", "postgres");
    private static final String PREFIX = env("LEDGER_TEST_DB_PREFIX", "ledger_test_");

    private static final Map<String, String> CREATED = new ConcurrentHashMap<>();
    private static final Map<String, String> ON_EVENT_STORE = new ConcurrentHashMap<>();

    private TestDatabase() {
    }

    /** Points a Spring test context at database {@code <prefix><name>}, with one user per role. */
    public static void register(org.springframework.test.context.DynamicPropertyRegistry registry, String name) {
        registry.add("spring.datasource.url", () -> url(name));
        registerUsers(registry);
    }

    /**
     * As {@link #register}, on a database that holds the event store as command-service's migrations leave it: for
     * query-service started alone, which waits for them.
     */
    public static void registerOnEventStore(org.springframework.test.context.DynamicPropertyRegistry registry,
                                            String name) {
        registry.add("spring.datasource.url", () -> urlOnEventStore(name));
        registerUsers(registry);
    }

    /** {@link #url}, with the event store's migrations applied as command-service applies them. */
    public static String urlOnEventStore(String name) {
        return ON_EVENT_STORE.computeIfAbsent(name, database -> {
            String url = url(database);
            Flyway.configure().dataSource(url, USER, "").locations(EventStoreMigrations.LOCATION)
                    .table(EventStoreMigrations.OWNER_HISTORY_TABLE).load().migrate();
            return url;
        });
    }

    private static void registerUsers(org.springframework.test.context.DynamicPropertyRegistry registry) {
        for (String property : TestUsers.PROPERTIES) {
            int eq = property.indexOf('=');
            registry.add(property.substring(0, eq), () -> property.substring(eq + 1));
        }
    }

    /** The JDBC url of database {@code <prefix><name>}, dropped and created anew on first use in this JVM. */
    public static String url(String name) {
        return CREATED.computeIfAbsent(name, TestDatabase::recreate);
    }

    private static String recreate(String name) {
        String database = PREFIX + name;
        try (Connection admin = DriverManager.getConnection(jdbc("postgres"), USER, "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + database + " on " + HOST + ":" + PORT, e);
        }
        return jdbc(database);
    }

    private static String jdbc(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
