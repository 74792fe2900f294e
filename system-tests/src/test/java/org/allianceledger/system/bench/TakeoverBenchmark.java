package org.allianceledger.system.bench;

import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.platform.testing.TestUsers;
import org.allianceledger.system.Services;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How long two query-service processes sharing the projections' segments take to notice that one of them was
 * killed with {@code kill -9} (SIGKILL: no claim released, no goodbye) and for the survivor to hold every segment,
 * and until a deal recorded just after the kill, in the dead instance's segment, is readable through the survivor.
 * Five rounds, the killed instance started again after each.
 * query-service runs from its jar ({@code -Dquery.jar=}, default {@code query-service/target/query-service.jar}),
 * command-service in this JVM.
 *
 *   ./mvnw -q install -DskipTests && ./mvnw -q -pl system-tests exec:java -Dexec.mainClass=org.allianceledger.system.bench.TakeoverBenchmark
 */
public final class TakeoverBenchmark {

    static final int ROUNDS = Integer.getInteger("rounds", 5);

    public static void main(String[] args) throws Exception {
        String database = TestDatabase.url("bench_takeover");
        ConfigurableApplicationContext commands = Services.command(database, "--logging.level.root=WARN");
        Api operator = Services.api(commands, "operator");
        // one alliance for each of the two segments (Axon splits aggregate ids by their hash code)
        List<String> alliances = List.of(inSegment(0), inSegment(1));
        List<String> members = List.of(Bench.code(1), Bench.code(2));
        for (String alliance : alliances) {
            Bench.found(operator, alliance, members, "2022-01-05");
        }
        QueryProcess first = new QueryProcess(database, "first");
        QueryProcess second = new QueryProcess(database, "second");
        List<Double> takeovers = new ArrayList<>();
        int deals = 0;
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                awaitShared(first, second);
                QueryProcess victim = round % 2 == 1 ? second : first;
                QueryProcess survivor = victim == first ? second : first;
                List<Integer> lost = segmentsOf(survivor.status(), victim.node);
                victim.kill();
                long killed = System.nanoTime();
                Map<String, Long> recorded = new java.util.HashMap<>();
                for (String alliance : alliances) {
                    Api.Response deal = operator.post("/api/alliances/" + alliance + "/deals",
                                                      Bench.deal("d" + ++deals, members.get(0), members.get(1), "SUPPLY"));
                    if (deal.status() != 201) {
                        throw new IllegalStateException(deal.toString());
                    }
                    recorded.put(alliance, deal.json().get("version").asLong());
                }
                double takeover = Double.NaN;
                double readable = Double.NaN;
                while (Double.isNaN(takeover) || Double.isNaN(readable)) {
                    double since = (System.nanoTime() - killed) / 1e9;
                    if (since > 60) {
                        throw new IllegalStateException("No takeover within 60 s: " + survivor.status());
                    }
                    if (Double.isNaN(takeover) && owners(survivor.status()).equals(Set.of(survivor.node))) {
                        takeover = since;
                    }
                    if (Double.isNaN(readable) && recorded.entrySet().stream().allMatch(e -> survivor.applied(e.getKey(), e.getValue()))) {
                        readable = since;
                    }
                    Thread.sleep(50);
                }
                takeovers.add(takeover);
                System.out.printf("round %d: killed %s (segments %s); survivor holds every segment after %.1f s, "
                                  + "the deals recorded after the kill are readable through it after %.1f s%n",
                                  round, victim.name, lost, takeover, readable);
                victim.start();
            }
            takeovers.sort(null);
            System.out.printf("takeover after kill -9: median %.1f s (lowest %.1f, highest %.1f)%n",
                              takeovers.get(takeovers.size() / 2), takeovers.get(0), takeovers.get(takeovers.size() - 1));
        } finally {
            first.kill();
            second.kill();
            commands.close();
        }
    }

    static String inSegment(int segment) {
        for (int i = 0; ; i++) {
            String alliance = "takeover-" + i;
            if ((alliance.hashCode() & 1) == segment) {
                return alliance;
            }
        }
    }

    static void awaitShared(QueryProcess first, QueryProcess second) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!owners(first.status()).equals(Set.of(first.node, second.node))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not shared within 60 s: " + first.status());
            }
            Thread.sleep(100);
        }
    }

    static Set<String> owners(JsonNode status) {
        Set<String> owners = new HashSet<>();
        status.get("segments").forEach(segment -> owners.add(segment.path("owner").asString(null)));
        return owners;
    }

    static List<Integer> segmentsOf(JsonNode status, String node) {
        List<Integer> segments = new ArrayList<>();
        status.get("segments").forEach(segment -> {
            if (node.equals(segment.path("owner").asString(null))) {
                segments.add(segment.get("segment").asInt());
            }
        });
        return segments;
    }

    /** query-service as its own process, started from its jar. */
    static final class QueryProcess {

        final String database;
        final String name;
        Process process;
        Api admin;
        String node;

        QueryProcess(String database, String name) throws Exception {
            this.database = database;
            this.name = name;
            start();
        }

        void start() throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String jar = System.getProperty("query.jar", "query-service/target/query-service.jar");
            if (!new File(jar).isFile()) {
                jar = Path.of("..").resolve(jar).toString(); // run from system-tests
            }
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar,
                    "--server.port=" + port, "--spring.datasource.url=" + database, "--logging.level.root=WARN"));
            for (String user : TestUsers.PROPERTIES) {
                command.add("--" + user);
            }
            File log = new File(System.getProperty("java.io.tmpdir"), "takeover-" + name + ".log");
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
            admin = Api.at(port).as("admin");
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (true) {
                try {
                    Api.Response answer = admin.get("/api/admin/projections");
                    if (answer.status() == 200) {
                        node = answer.json().get("projections").get(0).get("node").asString();
                        return;
                    }
                } catch (IllegalStateException notYet) {
                    // not listening yet
                }
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("query-service " + name + " did not start; see " + log);
                }
                Thread.sleep(200);
            }
        }

        JsonNode status() {
            return admin.get("/api/admin/projections").json().get("projections").get(0);
        }

        boolean applied(String alliance, long version) {
            JsonNode answer = Api.at(port()).as("viewer").get("/api/alliances/" + alliance).json();
            return answer.path("version").asLong() >= version;
        }

        int port() {
            return java.net.URI.create(admin.baseUrl()).getPort();
        }

        /** SIGKILL: the process gets no chance to release its claims. */
        void kill() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }

    private TakeoverBenchmark() {
    }
}
