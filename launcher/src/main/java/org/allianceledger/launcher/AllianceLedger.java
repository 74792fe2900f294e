package org.allianceledger.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Runs Alliance Ledger for a newcomer: an embedded PostgreSQL (kept in .demo/pgdata) unless
 * SPRING_DATASOURCE_URL names a database, each service in its own JVM as in production ({@link ServiceJvm}) with
 * the demo users, and the Yanzhou case loaded through the public API on the first run. {@code --fresh} starts from
 * an empty embedded database. Ctrl-C stops it all.
 */
public final class AllianceLedger {

    private static final String ALLIANCE = "yanzhou-food-drug";

    private AllianceLedger() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        List<String> arguments = List.of(args);
        Path home = Path.of(env("LEDGER_HOME", ".demo"));
        String commandPort = env("COMMAND_PORT", "8081");
        String queryPort = env("QUERY_PORT", "8082");
        String url = System.getenv("SPRING_DATASOURCE_URL");
        List<AutoCloseable> running = new ArrayList<>();
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            stop(running);
        }, "alliance-ledger-stop"));

        Path checkout = Path.of(System.getProperty("ledger.checkout", "."));
        Map<String, ServiceJvm> services = new LinkedHashMap<>();
        services.put(commandPort, ServiceJvm.inCheckout("command-service", checkout, home));
        services.put(queryPort, ServiceJvm.inCheckout("query-service", checkout, home));
        for (ServiceJvm service : services.values()) {
            service.prepare();
        }

        if (url == null) {
            Path data = home.resolve("pgdata");
            if (arguments.contains("--fresh")) {
                deleteRecursively(data);
            }
            Files.createDirectories(data);
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(home.resolve("postgres.log").toFile());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data).setCleanDataDirectory(false)
                    .setPort(Integer.parseInt(env("LEDGER_PG_PORT", "54329")))
                    .setOutputRedirector(log).setErrorRedirector(log)
                    .setRegisterShutdownHook(false) // stopped by ours, after the services that use it
                    .start();
            running.add(postgres);
            createDatabase(postgres.getPostgresDatabase(), "alliance_ledger");
            url = postgres.getJdbcUrl("postgres", "alliance_ledger");
        }

        List<String> common = List.of("--spring.datasource.url=" + url, "--spring.profiles.active=demo",
                                      "--logging.threshold.console=WARN", "--spring.main.banner-mode=off");
        List<String> logs = new ArrayList<>();
        Map<Process, String> processes = new LinkedHashMap<>();
        for (Map.Entry<String, ServiceJvm> service : services.entrySet()) {
            List<String> serviceArguments = new ArrayList<>(common);
            serviceArguments.add("--server.port=" + service.getKey());
            Process process = service.getValue().start(serviceArguments);
            processes.put(process, service.getValue().name());
            running.add(0, () -> ServiceJvm.stop(process, Duration.ofSeconds(30)));
            ServiceJvm.awaitHealthy(process, "http://127.0.0.1:" + service.getKey(), Duration.ofMinutes(3));
            logs.add(service.getValue().log().toString());
        }

        String commandUrl = "http://127.0.0.1:" + commandPort;
        String loaded = loadTheCase(commandUrl);
        System.out.printf("""

                Alliance Ledger is running (%.0f s; logs in %s).
                  dashboard  http://127.0.0.1:%s/           (log in as viewer / viewer-demo)
                  commands   %s/api        Swagger UI %s/swagger-ui.html
                  queries    http://127.0.0.1:%s/api        Swagger UI http://127.0.0.1:%s/swagger-ui.html
                  demo data  %s
                  users      operator / operator-demo   (commands)
                             viewer   / viewer-demo     (queries)
                             auditor  / auditor-demo    (queries, audit)
                             admin    / admin-demo      (everything)
                  try        curl -u viewer:viewer-demo http://127.0.0.1:%s/api/alliances/%s/members
                Press Ctrl-C to stop.
                """, (System.nanoTime() - started) / 1e9, String.join(" and ", logs), queryPort, commandUrl,
                commandUrl, queryPort, queryPort, loaded, queryPort, ALLIANCE);

        // runs until Ctrl-C (the shutdown hook stops everything) or until a service ends by itself
        Process ended = (Process) CompletableFuture.anyOf(
                processes.keySet().stream().map(Process::onExit).toArray(CompletableFuture[]::new)).join();
        if (!stopping.get()) {
            System.err.printf("%s stopped (exit code %d; see its log); stopping the rest.%n", processes.get(ended),
                              ended.exitValue());
            System.exit(1);
        }
    }

    /**
     * Loads the demo cases once: when the Yanzhou alliance already has history, founding it again answers a later
     * version. Yanzhou (membership, then its service side), then the Jibei zone.
     */
    private static String loadTheCase(String commandUrl) {
        DemoCase yanzhou = DemoCase.yanzhou();
        long version = yanzhou.apply(commandUrl, "operator", "operator-demo", Set.of("found"));
        if (version > 1) {
            return "the Yanzhou food and drug alliance (" + ALLIANCE + ") and the Jibei zone, loaded on an earlier run";
        }
        Set<String> rest = new HashSet<>(DemoCase.ALL_STEPS);
        rest.remove("found");
        yanzhou.apply(commandUrl, "operator", "operator-demo", rest);
        DemoCase.jibei().apply(commandUrl, "operator", "operator-demo", DemoCase.ALL_STEPS);
        return "the Yanzhou food and drug alliance (" + ALLIANCE + ") and the Jibei zone (jibei-edz), loaded just now";
    }

    private static void stop(List<AutoCloseable> running) {
        for (AutoCloseable resource : running) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e);
            }
        }
    }

    private static void createDatabase(DataSource postgres, String name) throws SQLException {
        try (Connection connection = postgres.getConnection();
             ResultSet exists = connection.createStatement()
                     .executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (!exists.next()) {
                connection.createStatement().execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
