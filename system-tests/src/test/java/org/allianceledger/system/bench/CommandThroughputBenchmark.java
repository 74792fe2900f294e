package org.allianceledger.system.bench;

import org.allianceledger.launcher.ServiceJvm;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.platform.testing.TestUsers;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Issue 16's P1 and P1b: commands over HTTP against PostgreSQL's own read-then-append rate, in one run.
 * <ol>
 * <li>pgbench: /work/shared/bench/pgbench's schema and data in a scratch database, its read_append.sql at each
 * client count (the naive event-sourced command: read an aggregate's ~50 events, append one, durably), run right
 * before that client count's floor and P1 (while command-service idles), so both see the machine at one speed.</li>
 * <li>P1: command-service (started as ./run starts it, {@link ServiceJvm}) on a fresh database, 16 alliances of 40
 * members, then mixed commands from each client count: 70 % RecordDeal, 20 % CastVote on an open application,
 * 5 % ApplyForMembership, 5 % HandOverRotation, for a fixed time after a warm-up.</li>
 * <li>The HTTP floor: from each client count, RecordDeal requests that validation refuses (400) before any command:
 * what the web stack alone allows, against which P1's commands and pgbench can be read.</li>
 * <li>P1b: one alliance of 500 members, 8 clients voting on several open applications, against one instance and
 * then against two behind a round-robin client; afterwards every acknowledged vote must be in the event store
 * exactly once.</li>
 * </ol>
 * Every answer is counted by status: a 5xx or 503 is reported apart, never retried.
 *
 *   ./mvnw -q -B -ntp -pl system-tests -am package -DskipTests dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/classpath.txt
 *   java -cp system-tests/target/test-classes:$(cat system-tests/target/classpath.txt) org.allianceledger.system.bench.CommandThroughputBenchmark
 * Settings: -Dseconds=20 -Dwarmup=10 -DjitWarmup=90 (unmeasured load on each freshly started service) -Dclients=8,16 -Dparts=pgbench,floor,mixed,votes -Dpgbench=DIR -Djfr=true (profiles
 * command-service in one more, unmeasured pass of P1's first client count and of P1b, and prints its hottest methods), -Dexec.args="--alliance.cache.max-entries=0"
 * (settings passed to command-service; this one turns the alliance cache off, as before it).
 */
public final class CommandThroughputBenchmark {

    static final int SECONDS = Integer.getInteger("seconds", 20);
    static final int WARMUP = Integer.getInteger("warmup", 10);
    /**
     * Unmeasured load on a freshly started service first: JIT compilation would otherwise weigh on the first figure.
     * After 30 s the compiler still took a sixth of the machine here, and the first client count measured a third of
     * what the same service did a minute later.
     */
    static final int JIT_WARMUP = Integer.getInteger("jitWarmup", 90);
    static final List<Integer> CLIENTS = Stream.of(System.getProperty("clients", "8,16").split(","))
            .map(Integer::parseInt).toList();
    static final Set<String> PARTS = Set.of(System.getProperty("parts", "pgbench,floor,mixed,votes").split(","));
    static final Path PGBENCH = Path.of(System.getProperty("pgbench", "/work/shared/bench/pgbench"));
    static final boolean JFR = Boolean.getBoolean("jfr");
    /** JFR's "profile" settings cut this load's rate to a third here (its events walk every deep Spring stack). */
    static final String JFR_SETTINGS = System.getProperty("jfr.settings", "default");
    static final Path CHECKOUT = Files.isDirectory(Path.of("command-service")) ? Path.of(".") : Path.of("..");
    static final Path HOME = Path.of(System.getProperty("java.io.tmpdir"), "command-throughput");
    static final int ALLIANCES = 16;
    static final int MEMBERS = 40;
    static final int ELECTORS = 500;
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("operator:operator-pw".getBytes(StandardCharsets.UTF_8));
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern APPLICATION_ID = Pattern.compile("\"applicationId\"\\s*:\\s*\"([^\"]+)\"");
    static final AtomicInteger ENTERPRISES = new AtomicInteger(1);

    public static void main(String[] args) throws Exception {
        Files.createDirectories(HOME);
        Map<Integer, Double> pgbench = new TreeMap<>();
        List<String> summary = new ArrayList<>();
        String pgbenchDatabase = PARTS.contains("pgbench") ? prepareDatabase() : null;
        if (pgbenchDatabase != null && !PARTS.contains("mixed")) {
            for (int clients : CLIENTS) {
                summary.add(pgbench(pgbenchDatabase, clients, pgbench));
            }
        }
        if (PARTS.contains("mixed")) {
            Path recording = HOME.resolve("command-service-p1.jfr");
            List<Process> processes = new ArrayList<>();
            try {
                String url = TestDatabase.url("bench_commands");
                Started service = start(url, "a");
                processes.add(service.process);
                List<Alliance> alliances = new ArrayList<>();
                for (int a = 0; a < ALLIANCES; a++) {
                    alliances.add(Alliance.found(List.of(service.base), "mixed-" + a, MEMBERS, 2));
                }
                run(CLIENTS.get(0), JIT_WARMUP, 0, client -> mixed(alliances, client), null, List.of());
                for (int clients : CLIENTS) {
                    // right before the figures it is compared with: this machine's speed drifts within minutes
                    if (pgbenchDatabase != null) {
                        summary.add(pgbench(pgbenchDatabase, clients, pgbench));
                    }
                    if (PARTS.contains("floor")) {
                        Result floor = run(clients, client -> refused(alliances), null, List.of(service.process));
                        Double tps = pgbench.get(clients);
                        summary.add(String.format("HTTP floor (RecordDeal refused by validation: no command, no database), %2d clients: %s%s",
                                                  clients, floor, tps == null ? "" : String.format("; ratio to pgbench %.2fx", floor.perSecond() / tps)));
                        System.out.println(summary.get(summary.size() - 1));
                    }
                    Result result = run(clients, client -> mixed(alliances, client), null, List.of(service.process));
                    Double tps = pgbench.get(clients);
                    summary.add(String.format("P1 mixed commands, %2d clients: %s%s", clients, result,
                                              tps == null ? "" : String.format("; ratio to pgbench %.2fx", result.perSecond() / tps)));
                    System.out.println(summary.get(summary.size() - 1));
                }
                if (JFR) {
                    // a pass of its own: a recording slows the service down, so no figure above is taken under one
                    run(CLIENTS.get(0), client -> mixed(alliances, client), () -> profile(service.process, recording),
                        List.of(service.process));
                }
            } finally {
                for (Process process : processes) {
                    ServiceJvm.stop(process, Duration.ofSeconds(30));
                }
            }
            if (JFR) {
                summary.add(hotMethods(recording));
            }
        }
        if (PARTS.contains("votes")) {
            List<Process> processes = new ArrayList<>();
            try {
                String url = TestDatabase.url("bench_votes");
                Started first = start(url, "a");
                processes.add(first.process);
                summary.add(votes(url, List.of(first.base), processes, "one instance", false));
                System.out.println(summary.get(summary.size() - 1));
                if (JFR) {
                    votes(url, List.of(first.base), processes, "one instance, profiled", true);
                    summary.add(hotMethods(HOME.resolve("command-service-p1b.jfr")));
                }
                Started second = start(url, "b");
                processes.add(second.process);
                summary.add(votes(url, List.of(first.base, second.base), processes, "two instances, round robin", false));
                System.out.println(summary.get(summary.size() - 1));
            } finally {
                for (Process process : processes) {
                    ServiceJvm.stop(process, Duration.ofSeconds(30));
                }
            }
        }
        System.out.println();
        summary.forEach(System.out::println);
    }

    // ---- pgbench, the database's own ceiling

    static String prepareDatabase() throws Exception {
        String url = TestDatabase.url("bench_pgbench");
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        System.out.println("Loading pgbench's event table into " + database + " (about 40 s)...");
        exec(List.of("psql", "-q", "-h", TestDatabase.HOST, "-p", TestDatabase.PORT, "-U", TestDatabase.USER,
                     "-d", database, "-v", "ON_ERROR_STOP=1", "-f", PGBENCH.resolve("schema.sql").toString(),
                     "-f", PGBENCH.resolve("load.sql").toString()), Map.of());
        return database;
    }

    /** Runs read_append.sql from {@code clients}, notes its tps in {@code tps} and returns its line. */
    static String pgbench(String database, int clients, Map<Integer, Double> tps) throws Exception {
        String line = pgbench(database, clients);
        tps.put(clients, Double.parseDouble(line.replaceAll(".*tps=([0-9.]+).*", "$1").trim()));
        return "pgbench read_append.sql: " + line.trim();
    }

    static String pgbench(String database, int clients) throws Exception {
        Path copy = Files.createTempDirectory(HOME, "pgbench");
        try (Stream<Path> files = Files.list(PGBENCH)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file)) {
                    Files.copy(file, copy.resolve(file.getFileName()));
                }
            }
        }
        copy.resolve("bench.sh").toFile().setExecutable(true);
        String line = exec(List.of(copy.resolve("bench.sh").toString(), "read_append.sql", Integer.toString(clients),
                                   Integer.toString(SECONDS)), Map.of("DB", database));
        System.out.print(line);
        return line;
    }

    static String exec(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + output);
        }
        return output;
    }

    // ---- command-service

    record Started(Process process, String base) {
    }

    static Started start(String database, String name) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // the archive is made once per directory and build, as ./run makes it
        ServiceJvm jvm = new ServiceJvm("command-service", CHECKOUT.resolve("command-service/target/command-service.jar"),
                                        CHECKOUT.resolve("jvm.options"), HOME.resolve("jvm").resolve(name));
        jvm.prepare();
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port, "--spring.datasource.url=" + database,
                                                         "--logging.threshold.console=WARN"));
        for (String user : TestUsers.PROPERTIES) {
            arguments.add("--" + user);
        }
        if (!System.getProperty("exec.args", "").isBlank()) {
            arguments.addAll(List.of(System.getProperty("exec.args").trim().split("\\s+")));
        }
        Process process = jvm.start(arguments);
        String base = "http://127.0.0.1:" + port;
        ServiceJvm.awaitHealthy(process, base, Duration.ofMinutes(3));
        return new Started(process, base);
    }

    // ---- the load

    /** One command sent: its kind, HTTP status, and when it was sent and answered. */
    record Sample(String kind, int status, long sent, long answered) {
    }

    interface Client {
        List<Sample> work(int client) throws Exception;
    }

    /** {@code cpuMillis}: the CPU time the services used in the measured time, which a busy machine changes less. */
    record Result(int clients, double seconds, List<Sample> samples, long cpuMillis) {

        double cpuPerCommand() {
            return (double) cpuMillis / samples.size();
        }

        double perSecond() {
            return samples.size() / seconds;
        }

        @Override
        public String toString() {
            Map<String, Long> kinds = samples.stream().collect(Collectors.groupingBy(Sample::kind, TreeMap::new, Collectors.counting()));
            Map<Integer, Long> statuses = samples.stream().collect(Collectors.groupingBy(Sample::status, TreeMap::new, Collectors.counting()));
            long failures = samples.stream().filter(s -> s.status >= 500).count();
            return String.format("%.0f commands/s, %s; command-service CPU %.2f ms per command; %s; statuses %s; 5xx/503: %d",
                                 perSecond(), Bench.percentiles(samples.stream().map(s -> s.answered - s.sent).toList()),
                                 cpuPerCommand(), kinds, statuses, failures);
        }
    }

    static volatile long measureFrom;
    static volatile long measureUntil;

    /** Runs {@code clients} threads for the warm-up and the measured time; keeps the samples answered within it. */
    static Result run(int clients, Client client, Runnable duringMeasurement, List<Process> services) throws Exception {
        return run(clients, WARMUP, SECONDS, client, duringMeasurement, services);
    }

    static Result run(int clients, int warmup, int seconds, Client client, Runnable duringMeasurement,
                      List<Process> services) throws Exception {
        long now = System.nanoTime();
        measureFrom = now + warmup * 1_000_000_000L;
        measureUntil = measureFrom + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        List<List<Sample>> all = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int number = c;
            List<Sample> mine = new ArrayList<>();
            all.add(mine);
            Thread thread = new Thread(() -> {
                try {
                    mine.addAll(client.work(number));
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "client-" + c);
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
        long cpuBefore = cpuMillis(services);
        if (duringMeasurement != null) {
            duringMeasurement.run();
        }
        Thread.sleep(Math.max(0, (measureUntil - System.nanoTime()) / 1_000_000));
        long cpu = cpuMillis(services) - cpuBefore;
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a client failed", failures.get(0));
        }
        return new Result(clients, seconds, all.stream().flatMap(List::stream)
                .filter(s -> s.sent >= measureFrom && s.answered <= measureUntil).toList(), cpu);
    }

    static boolean running() {
        return System.nanoTime() < measureUntil;
    }

    /** 70 % RecordDeal, 20 % CastVote, 5 % ApplyForMembership, 5 % HandOverRotation, on a random alliance each. */
    static List<Sample> mixed(List<Alliance> alliances, int client) throws Exception {
        List<Sample> samples = new ArrayList<>();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (running()) {
            Alliance alliance = alliances.get(random.nextInt(alliances.size()));
            int dice = random.nextInt(100);
            if (dice < 70) {
                samples.add(alliance.recordDeal(0));
            } else if (dice < 90) {
                samples.add(alliance.castVote(0, null));
            } else if (dice < 95) {
                samples.add(alliance.apply(0));
            } else {
                samples.add(alliance.handOver(0));
            }
        }
        return samples;
    }

    /**
     * The floor under any command: the same requests through Tomcat, the security chain, Spring MVC and JSON, refused
     * by validation (no subject) before a command exists, so neither Axon nor the database is asked.
     */
    static List<Sample> refused(List<Alliance> alliances) throws Exception {
        List<Sample> samples = new ArrayList<>();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (running()) {
            Alliance alliance = alliances.get(random.nextInt(alliances.size()));
            Sample sample = alliance.post("Refused", "/api/alliances/" + alliance.id + "/deals", "{\"dealId\":\"floor-"
                    + random.nextInt(1_000_000) + "\",\"from\":\"" + alliance.members.get(0) + "\",\"to\":\""
                    + alliance.members.get(1) + "\",\"kind\":\"SUPPLY\"}", null);
            if (sample.status != 400) {
                throw new IllegalStateException("the floor's request answered " + sample.status);
            }
            samples.add(sample);
        }
        return samples;
    }

    /** One alliance, its members and open applications, as the clients know them. */
    static final class Alliance {
        final List<String> bases;
        final String id;
        final List<String> members;
        final AtomicInteger deals = new AtomicInteger();
        final AtomicInteger requests = new AtomicInteger();
        final ConcurrentLinkedQueue<Application> open = new ConcurrentLinkedQueue<>();
        final ReentrantLock chairLock = new ReentrantLock();
        int chair;

        Alliance(List<String> bases, String id, List<String> members) {
            this.bases = bases;
            this.id = id;
            this.members = members;
        }

        static Alliance found(List<String> bases, String id, int members, int applications) throws Exception {
            List<String> codes = new ArrayList<>();
            StringBuilder founders = new StringBuilder();
            for (int m = 0; m < members; m++) {
                String code = Bench.code(ENTERPRISES.getAndIncrement());
                codes.add(code);
                founders.append(m == 0 ? "" : ",").append("{\"id\":\"").append(code).append("\",\"name\":\"成员企业")
                        .append(m).append("\",\"industry\":\"food\"}");
            }
            Alliance alliance = new Alliance(bases, id, codes);
            Sample founded = alliance.post("found", "/api/alliances", "{\"allianceId\":\"" + id
                    + "\",\"name\":\"基准联盟 " + id + "\",\"industryChain\":\"food\",\"region\":\"兖州区\","
                    + "\"foundedOn\":\"2022-01-05\",\"charter\":{\"votingRule\":\"SIMPLE_MAJORITY\",\"quorum\":0.5,"
                    + "\"chairTermMonths\":2,\"voteWindowDays\":14},\"foundingMembers\":[" + founders
                    + "],\"initialChair\":\"" + codes.get(0) + "\"}", null);
            if (founded.status != 201) {
                throw new IllegalStateException("founding " + id + " answered " + founded.status);
            }
            for (int a = 0; a < applications; a++) {
                alliance.apply(0);
            }
            return alliance;
        }

        Sample recordDeal(int client) throws Exception {
            int deal = deals.incrementAndGet();
            String from = members.get(deal % members.size());
            String to = members.get((deal + 1 + deal / members.size() % (members.size() - 1)) % members.size());
            if (to.equals(from)) {
                to = members.get((deal + 1) % members.size());
            }
            return post("RecordDeal", "/api/alliances/" + id + "/deals", "{\"dealId\":\"deal-" + deal + "\",\"from\":\""
                    + from + "\",\"to\":\"" + to + "\",\"kind\":\"SUPPLY\",\"subject\":\"供货 " + deal + "\"}", null);
        }

        Sample apply(int client) throws Exception {
            String applicant = Bench.code(ENTERPRISES.getAndIncrement());
            StringBuilder answer = new StringBuilder();
            Sample sample = post("ApplyForMembership", "/api/alliances/" + id + "/applications",
                                 "{\"enterprise\":{\"id\":\"" + applicant + "\",\"name\":\"申请企业 " + applicant
                                 + "\",\"industry\":\"food\"},\"statement\":\"加入产业链\"}", answer);
            if (sample.status == 201) {
                Matcher matcher = APPLICATION_ID.matcher(answer);
                if (!matcher.find()) {
                    throw new IllegalStateException("no applicationId in " + answer);
                }
                // the last elector's vote would close it: leave that one out, so it stays open
                open.add(new Application(matcher.group(1), members.size() - 1));
            }
            return sample;
        }

        /**
         * A vote by the next elector of an open application (a new application when none is left open);
         * {@code acknowledged} collects "application voter" of every vote answered 200.
         */
        Sample castVote(int client, Set<String> acknowledged) throws Exception {
            while (true) {
                Application application = open.peek();
                if (application == null) {
                    return apply(client);
                }
                int slot = application.next.getAndIncrement();
                if (slot >= application.voters) {
                    open.remove(application);
                    continue;
                }
                String voter = members.get(slot);
                Sample sample = post("CastVote", "/api/alliances/" + id + "/applications/" + application.id + "/votes",
                                     "{\"voter\":\"" + voter + "\",\"decision\":\"FOR\"}", null);
                if (acknowledged != null && sample.status == 200 && !acknowledged.add(application.id + " " + voter)) {
                    throw new IllegalStateException("the same vote acknowledged twice: " + application.id + " " + voter);
                }
                return sample;
            }
        }

        /** The chair hands over to the next member; one handover at a time per alliance, so "from" is the chair. */
        Sample handOver(int client) throws Exception {
            chairLock.lock();
            try {
                String from = members.get(chair);
                int next = (chair + 1) % members.size();
                Sample sample = post("HandOverRotation", "/api/alliances/" + id + "/rotation/handovers",
                                     "{\"from\":\"" + from + "\",\"to\":\"" + members.get(next) + "\"}", null);
                if (sample.status == 200) {
                    chair = next;
                }
                return sample;
            } finally {
                chairLock.unlock();
            }
        }

        /** One request, to the next instance in turn; a 4xx other than the expected refusals is a bug in the load. */
        Sample post(String kind, String path, String body, StringBuilder answer) throws Exception {
            String base = bases.get(Math.floorMod(requests.getAndIncrement(), bases.size()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", AUTH).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            long sent = System.nanoTime();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long answered = System.nanoTime();
            if (response.statusCode() >= 400 && response.statusCode() < 500 && !kind.equals("Refused")) {
                System.err.println(kind + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            if (answer != null) {
                answer.append(response.body());
            }
            return new Sample(kind, response.statusCode(), sent, answered);
        }
    }

    static final class Application {
        final String id;
        final int voters;
        final AtomicInteger next = new AtomicInteger();

        Application(String id, int voters) {
            this.id = id;
            this.voters = voters;
        }
    }

    // ---- P1b

    /** 8 clients voting on one alliance of 500 members; then every acknowledged vote must be stored exactly once. */
    static String votes(String database, List<String> bases, List<Process> services, String how, boolean profiled)
            throws Exception {
        Runnable profile = profiled ? () -> profile(services.get(0), HOME.resolve("command-service-p1b.jfr")) : null;
        Alliance alliance = Alliance.found(bases, "votes-" + bases.size() + (profiled ? "-profiled" : ""), ELECTORS, 4);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        run(8, JIT_WARMUP, 0, client -> {
            List<Sample> samples = new ArrayList<>();
            while (running()) {
                samples.add(alliance.castVote(client, acknowledged));
            }
            return samples;
        }, null, List.of());
        Result result = run(8, client -> {
            List<Sample> samples = new ArrayList<>();
            while (running()) {
                samples.add(alliance.castVote(client, acknowledged));
            }
            return samples;
        }, profile, services);
        List<Sample> votes = result.samples().stream().filter(s -> s.kind.equals("CastVote")).toList();
        Result voting = new Result(8, SECONDS, votes, result.cpuMillis());
        return String.format("P1b votes on one alliance of %d members, 8 clients, %s: %.0f votes/s, %s; command-service "
                             + "CPU %.2f ms per vote; statuses %s; 5xx/503: %d; %s", ELECTORS, how, voting.perSecond(),
                             Bench.percentiles(votes.stream().map(s -> s.answered - s.sent).toList()), voting.cpuPerCommand(),
                             votes.stream().collect(Collectors.groupingBy(Sample::status, TreeMap::new, Collectors.counting())),
                             votes.stream().filter(s -> s.status >= 500).count(),
                             storedOnce(database, alliance.id, acknowledged));
    }

    /** Compares the VoteCast events of the alliance with the acknowledged votes: none lost, none twice. */
    static String storedOnce(String url, String alliance, Set<String> acknowledged) throws Exception {
        Map<String, Integer> stored = new HashMap<>();
        Pattern application = Pattern.compile("\"applicationId\"\\s*:\\s*\"([^\"]+)\"");
        Pattern voter = Pattern.compile("\"voter\"\\s*:\\s*\"([^\"]+)\"");
        try (Connection connection = DriverManager.getConnection(url, TestDatabase.USER, "");
             PreparedStatement select = connection.prepareStatement(
                     "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?")) {
            select.setString(1, alliance);
            select.setString(2, "org.allianceledger.events.VoteCast");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String payload = new String(rows.getBytes(1), StandardCharsets.UTF_8);
                    Matcher a = application.matcher(payload);
                    Matcher v = voter.matcher(payload);
                    if (!a.find() || !v.find()) {
                        throw new IllegalStateException("unreadable VoteCast " + payload);
                    }
                    stored.merge(a.group(1) + " " + v.group(1), 1, Integer::sum);
                }
            }
        }
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored.keySet());
        long twice = stored.values().stream().filter(n -> n > 1).count();
        long unacknowledged = stored.keySet().stream().filter(k -> !acknowledged.contains(k)).count();
        String verdict = String.format("store check: %d acknowledged, %d stored, lost %d, stored twice %d, stored but not "
                                       + "acknowledged %d (warm-up and unanswered ones included)", acknowledged.size(),
                                       stored.size(), lost.size(), twice, unacknowledged);
        if (!lost.isEmpty() || twice > 0) {
            throw new IllegalStateException(verdict);
        }
        return verdict;
    }

    /** User and system CPU time of the processes so far (/proc/PID/stat, in clock ticks of 10 ms). */
    static long cpuMillis(List<Process> processes) throws IOException {
        long ticks = 0;
        for (Process process : processes) {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
        return ticks * 10;
    }

    // ---- the profile

    /** A JFR recording (settings {@link #JFR_SETTINGS}) of the process for the measured time, written to {@code recording}. */
    static void profile(Process process, Path recording) {
        try {
            Files.deleteIfExists(recording);
            String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            exec(List.of(jcmd, Long.toString(process.pid()), "JFR.start", "name=load", "settings=" + JFR_SETTINGS,
                         "duration=" + SECONDS + "s", "filename=" + recording), Map.of());
            Thread.sleep(SECONDS * 1000L + 3000);
            for (int tries = 0; !Files.isRegularFile(recording) && tries < 50; tries++) {
                Thread.sleep(200);
            }
        } catch (Exception e) {
            throw new IllegalStateException("profiling failed", e);
        }
    }

    /** The 20 methods most often on top of a sampled stack (self), and the 25 most often on it anywhere (total). */
    static String hotMethods(Path recording) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                if (seen.add(name(frame))) {
                    total.merge(name(frame), 1, Integer::sum);
                }
            }
        }
        StringBuilder text = new StringBuilder("JFR " + recording + ": " + samples + " execution samples\n  self:\n");
        append(text, self, samples, 20);
        text.append("  total (on the stack):\n");
        append(text, total, samples, 40);
        return text.toString();
    }

    private static void append(StringBuilder text, Map<String, Integer> counts, int samples, int top) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        sorted.forEach((method, n) -> text.append(String.format("    %5.1f %%  %s%n", 100.0 * n / samples, method)));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private CommandThroughputBenchmark() {
    }
}
