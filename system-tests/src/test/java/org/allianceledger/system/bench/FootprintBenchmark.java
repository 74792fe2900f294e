package org.allianceledger.system.bench;

import org.allianceledger.launcher.ServiceJvm;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.platform.testing.TestUsers;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Time to ready and resident memory after load of each service, started as {@code java -jar} with no options (as
 * before) and as {@code ./run} and the Dockerfile start it ({@link ServiceJvm}: jvm.options, extracted jar,
 * class-data sharing archive), alternately in each round on a fresh database. Ready is the first 200 from
 * {@code /actuator/health} after the process started; RSS is VmRSS of /proc after the load, once query-service
 * has applied every event, and VmHWM the peak.
 * The load: ALLIANCES alliances of 40 members founded, then from 16 clients at once applications with every
 * member's vote, deals, handovers and withdrawals, while 4 clients read alliances, members, deals, chains and
 * the audit trail (CSV).
 *
 *   ./mvnw -q install -DskipTests && ./mvnw -q -pl system-tests exec:java -Dexec.mainClass=org.allianceledger.system.bench.FootprintBenchmark
 */
public final class FootprintBenchmark {

    static final int ROUNDS = Integer.getInteger("rounds", 3);
    static final int ALLIANCES = Integer.getInteger("alliances", 8);
    static final int MEMBERS = 40;
    static final Path CHECKOUT = Files.isDirectory(Path.of("command-service")) ? Path.of(".") : Path.of("..");

    public static void main(String[] args) throws Exception {
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        for (int round = 1; round <= ROUNDS; round++) {
            for (String way : System.getProperty("ways", "java -jar,ServiceJvm").split(",")) {
                Sample command = null;
                Sample query = null;
                String database = TestDatabase.url("bench_footprint");
                List<Process> processes = new ArrayList<>();
                try {
                    Started commands = start(way, "command-service", database);
                    processes.add(commands.process);
                    Started queries = start(way, "query-service", database);
                    processes.add(queries.process);
                    load(commands.api.as("operator"), queries.api.as("viewer"), queries.api.as("auditor"));
                    Thread.sleep(2000);
                    command = new Sample(commands.ready, Memory.of(commands.process));
                    query = new Sample(queries.ready, Memory.of(queries.process));
                } finally {
                    for (Process process : processes) {
                        ServiceJvm.stop(process, Duration.ofSeconds(30));
                    }
                }
                System.out.printf("round %d, %-10s  command-service ready %4.1f s, %s;  query-service ready %4.1f s, %s%n",
                                  round, way, command.ready, command.memory, query.ready, query.memory);
                samples.computeIfAbsent(way + " command-service", k -> new ArrayList<>()).add(command);
                samples.computeIfAbsent(way + " query-service", k -> new ArrayList<>()).add(query);
            }
        }
        System.out.println();
        System.out.println("| start | service | ready (median) | RSS after load (median) | peak RSS (median) | threads |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        samples.forEach((key, list) -> System.out.printf("| %s | %s | %.1f s | %d MB | %d MB | %d |%n",
                key.substring(0, key.lastIndexOf(' ')), key.substring(key.lastIndexOf(' ') + 1),
                median(list.stream().map(s -> s.ready).toList()),
                Math.round(median(list.stream().map(s -> (double) s.memory.rssMb).toList())),
                Math.round(median(list.stream().map(s -> (double) s.memory.peakMb).toList())),
                Math.round(median(list.stream().map(s -> (double) s.memory.threads).toList()))));
    }

    record Started(Process process, Api api, double ready) {
    }

    record Sample(double ready, Memory memory) {
    }

    record Memory(long rssMb, long peakMb, long threads) {

        static Memory of(Process process) throws IOException {
            long rss = 0;
            long peak = 0;
            long threads = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = number(line) / 1024;
                } else if (line.startsWith("VmHWM:")) {
                    peak = number(line) / 1024;
                } else if (line.startsWith("Threads:")) {
                    threads = number(line);
                }
            }
            return new Memory(rss, peak, threads);
        }

        private static long number(String line) {
            return Long.parseLong(line.replaceAll("\\D", ""));
        }

        @Override
        public String toString() {
            return String.format("RSS %d MB (peak %d MB), %d threads", rssMb, peakMb, threads);
        }
    }

    static Started start(String way, String service, String database) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port, "--spring.datasource.url=" + database,
                                                         "--logging.threshold.console=WARN"));
        for (String user : TestUsers.PROPERTIES) {
            arguments.add("--" + user);
        }
        Path directory = Path.of(System.getProperty("java.io.tmpdir"), "footprint");
        ServiceJvm jvm = ServiceJvm.inCheckout(service, CHECKOUT, directory);
        Process process;
        long started;
        if (way.equals("ServiceJvm")) {
            jvm.prepare(); // made once, before the first timed start, as ./run and the image build do
            started = System.nanoTime();
            process = jvm.start(arguments);
        } else {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", CHECKOUT.resolve(service).resolve("target").resolve(service + ".jar").toString()));
            command.addAll(arguments);
            command.add("--logging.file.name=" + directory.resolve(service + "-plain.log"));
            started = System.nanoTime();
            process = new ProcessBuilder(command).inheritIO().start();
        }
        ServiceJvm.awaitHealthy(process, "http://127.0.0.1:" + port, Duration.ofMinutes(3));
        return new Started(process, Api.at(port), (System.nanoTime() - started) / 1e9);
    }

    /** Mixed commands from 16 clients while 4 clients read; returns once query-service has applied them all. */
    static void load(Api operator, Api viewer, Api auditor) throws Exception {
        List<String> alliances = new ArrayList<>();
        List<List<String>> members = new ArrayList<>();
        for (int a = 0; a < ALLIANCES; a++) {
            String alliance = "footprint-" + a;
            List<String> codes = new ArrayList<>();
            for (int m = 0; m < MEMBERS; m++) {
                codes.add(Bench.code(a * 1000 + m + 1));
            }
            Bench.found(operator, alliance, codes, "2022-01-05");
            alliances.add(alliance);
            members.add(codes);
        }
        List<Runnable> commands = new ArrayList<>();
        Map<String, Long> versions = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger deals = new AtomicInteger();
        for (int a = 0; a < ALLIANCES; a++) {
            String alliance = alliances.get(a);
            List<String> codes = members.get(a);
            for (int d = 0; d < 150; d++) {
                // the last member withdraws during the load: deals are between the others
                String from = codes.get(d % (MEMBERS - 1));
                String to = codes.get((d + 1 + d / (MEMBERS - 1)) % (MEMBERS - 1));
                String other = to.equals(from) ? codes.get((d + 1) % (MEMBERS - 1)) : to;
                commands.add(() -> versions.merge(alliance, expect(post(operator, "/api/alliances/" + alliance + "/deals",
                        Bench.deal("deal-" + deals.incrementAndGet(), from, other, "SUPPLY")), 201), Math::max));
            }
            for (int p = 0; p < 3; p++) {
                String applicant = Bench.code(500_000 + a * 10 + p);
                commands.add(() -> {
                    Api.Response applied = post(operator, "/api/alliances/" + alliance + "/applications", Map.of(
                            "enterprise", Map.of("id", applicant, "name", "申请企业 " + applicant, "industry", "food"),
                            "statement", "加入产业链"));
                    versions.merge(alliance, expect(applied, 201), Math::max);
                    String application = applied.json().get("applicationId").asString();
                    for (String voter : codes.subList(0, MEMBERS / 2 + 1)) {
                        // the withdrawal may shrink the electorate, deciding it a vote earlier: the last is then refused
                        Api.Response vote = post(operator, "/api/alliances/" + alliance + "/applications/" + application
                                                          + "/votes", Map.of("voter", voter, "decision", "FOR"));
                        versions.merge(alliance, expect(vote, vote.status() == 409 ? 409 : 200), Math::max);
                    }
                });
            }
            commands.add(() -> versions.merge(alliance, expect(post(operator, "/api/alliances/" + alliance
                    + "/rotation/handovers", Map.of("from", codes.get(0), "to", codes.get(1), "effectiveOn", "2022-03-05")),
                    200), Math::max));
            commands.add(() -> versions.merge(alliance, expect(post(operator, "/api/alliances/" + alliance + "/members/"
                    + codes.get(MEMBERS - 1) + "/withdrawal", Map.of("reason", "经营调整", "effectiveOn", "2022-06-01")),
                    200), Math::max));
        }
        Collections.shuffle(commands, new java.util.Random(11));
        ExecutorService clients = Executors.newFixedThreadPool(20, runnable -> {
            Thread thread = new Thread(runnable, "footprint-client");
            thread.setDaemon(true); // a failed load ends the benchmark, not waits for the other clients
            return thread;
        });
        List<Future<?>> sent = new ArrayList<>();
        for (Runnable command : commands) {
            sent.add(clients.submit(command));
        }
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        List<Future<?>> readers = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            int reader = r;
            readers.add(clients.submit(() -> {
                for (int i = 0; !done.get(); i++) {
                    String alliance = alliances.get((reader + i) % alliances.size());
                    viewer.get("/api/alliances");
                    viewer.get("/api/alliances/" + alliance + "/members");
                    viewer.get("/api/alliances/" + alliance + "/deals");
                    viewer.get("/api/alliances/" + alliance + "/chains");
                    auditor.send(auditor.request("/api/audit/alliances/" + alliance + "/events").header("Accept", "text/csv").GET());
                }
            }));
        }
        for (Future<?> command : sent) {
            command.get();
        }
        done.set(true);
        for (Future<?> reader : readers) {
            reader.get();
        }
        clients.shutdown();
        versions.forEach((alliance, version) -> {
            for (int tries = 0; viewer.get("/api/alliances/" + alliance + "?minVersion=" + version).json()
                    .path("version").asLong() < version; tries++) {
                if (tries == 60) {
                    throw new IllegalStateException(alliance + " not at version " + version + " after 5 min");
                }
            }
        });
    }

    /** A command sent as a client should: again after Retry-After when the alliance was too busy (503). */
    static Api.Response post(Api operator, String path, Object body) {
        for (int tries = 1; ; tries++) {
            Api.Response answer = operator.post(path, body);
            if (answer.status() != 503 || tries == 20) {
                return answer;
            }
            try {
                Thread.sleep(1000L * Long.parseLong(java.util.Objects.requireNonNullElse(answer.header("Retry-After"), "1")));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
        }
    }

    /** The version the answer reports; anything but the expected status stops the benchmark. */
    static long expect(Api.Response answer, int status) {
        if (answer.status() != status) {
            throw new IllegalStateException(answer.toString());
        }
        return answer.json().path("version").asLong();
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private FootprintBenchmark() {
    }
}
