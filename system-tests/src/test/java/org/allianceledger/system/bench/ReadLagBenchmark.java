package org.allianceledger.system.bench;

import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.system.Services;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How long after its answer a command shows on the query side, at the rate command-service sustains: 8 clients
 * (-Dclients) send commands over HTTP as fast as they are answered, over 16 alliances of 20 members (-Dalliances),
 * for 30 s (-Dseconds) after 10 s of warm-up (-Dwarmup). Of every ten commands a client sends, one is an
 * ApplyForMembership, two are CastVotes on that application (never enough to decide it) and seven are RecordDeals.
 * Each alliance's live stream (GET /api/alliances/{a}/live, the dashboards' server-sent events, sent once the read
 * models have committed) is read throughout; a command's lag is from its answer to the first event of its alliance
 * at or past the version it answered. Prints commands/s and the lag's p50, p95 and p99 (target p99 under 200 ms).
 * Arguments go to query-service, to try settings: -Dexec.args="--alliance.projections.poll-interval=50ms".
 *
 *   ./mvnw -q install -DskipTests && ./mvnw -q -pl system-tests exec:java -Dexec.mainClass=org.allianceledger.system.bench.ReadLagBenchmark
 */
public final class ReadLagBenchmark {

    static final int CLIENTS = Integer.getInteger("clients", 8);
    static final int ALLIANCES = Integer.getInteger("alliances", 16);
    static final int MEMBERS = 20;
    static final int SECONDS = Integer.getInteger("seconds", 30);
    static final int WARMUP = Integer.getInteger("warmup", 10);

    /** A command's answer: its alliance's version and when it arrived. */
    record Answered(String alliance, long version, long at) {
    }

    public static void main(String[] args) throws Exception {
        String database = TestDatabase.url("bench_read_lag");
        List<String> settings = new ArrayList<>(List.of("--logging.level.root=WARN"));
        settings.addAll(List.of(args));
        ConfigurableApplicationContext commands = Services.command(database, "--logging.level.root=WARN");
        ConfigurableApplicationContext queries = Services.query(database, settings.toArray(String[]::new));
        ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "read-lag");
            thread.setDaemon(true);
            return thread;
        });
        List<HttpResponse<InputStream>> streams = new ArrayList<>();
        try {
            Api operator = Services.api(commands, "operator");
            Api viewer = Services.api(queries, "viewer");
            List<String> alliances = new ArrayList<>();
            List<List<String>> members = new ArrayList<>();
            for (int a = 0; a < ALLIANCES; a++) {
                List<String> codes = new ArrayList<>();
                for (int m = 0; m < MEMBERS; m++) {
                    codes.add(Bench.code(a * 1000 + m + 1));
                }
                String alliance = "lag-" + a;
                Bench.found(operator, alliance, codes, "2022-01-05");
                alliances.add(alliance);
                members.add(codes);
            }
            // when each alliance's versions were first seen on its live stream
            Map<String, ConcurrentSkipListMap<Long, Long>> seen = new ConcurrentHashMap<>();
            for (String alliance : alliances) {
                ConcurrentSkipListMap<Long, Long> versions = new ConcurrentSkipListMap<>();
                seen.put(alliance, versions);
                HttpResponse<InputStream> stream = viewer.stream("/api/alliances/" + alliance + "/live");
                streams.add(stream);
                threads.submit(() -> listen(stream, versions));
            }

            ConcurrentLinkedQueue<Answered> answered = new ConcurrentLinkedQueue<>();
            long start = System.nanoTime();
            long measureFrom = start + WARMUP * 1_000_000_000L;
            long until = measureFrom + SECONDS * 1_000_000_000L;
            AtomicInteger deals = new AtomicInteger();
            AtomicInteger applicants = new AtomicInteger();
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(threads.submit(() -> {
                    String[] application = new String[ALLIANCES];
                    int[] votes = new int[ALLIANCES];
                    for (int i = 0; System.nanoTime() < until; i++) {
                        int a = (client + CLIENTS * (i % Math.max(1, ALLIANCES / CLIENTS))) % ALLIANCES;
                        String alliance = alliances.get(a);
                        List<String> codes = members.get(a);
                        Api.Response answer;
                        int kind = i / Math.max(1, ALLIANCES / CLIENTS) % 10;
                        if (kind == 0) {
                            String applicant = Bench.code(600_000 + applicants.incrementAndGet());
                            answer = FootprintBenchmark.post(operator, "/api/alliances/" + alliance + "/applications", Map.of(
                                    "enterprise", Map.of("id", applicant, "name", "申请企业 " + applicant, "industry", "food"),
                                    "statement", "加入产业链"));
                            FootprintBenchmark.expect(answer, 201);
                            application[a] = answer.json().get("applicationId").asString();
                            votes[a] = 0;
                        } else if (kind <= 2 && application[a] != null) {
                            answer = FootprintBenchmark.post(operator, "/api/alliances/" + alliance + "/applications/"
                                    + application[a] + "/votes", Map.of("voter", codes.get(votes[a]++), "decision", "FOR"));
                            FootprintBenchmark.expect(answer, 200);
                        } else {
                            int d = deals.incrementAndGet();
                            String from = codes.get(d % MEMBERS);
                            String to = codes.get((d + 1 + d / MEMBERS % (MEMBERS - 1)) % MEMBERS);
                            answer = FootprintBenchmark.post(operator, "/api/alliances/" + alliance + "/deals",
                                    Bench.deal("lag-deal-" + d, from, to.equals(from) ? codes.get((d + 1) % MEMBERS) : to,
                                               "SUPPLY"));
                            FootprintBenchmark.expect(answer, 201);
                        }
                        long at = System.nanoTime();
                        if (at >= measureFrom && at < until) {
                            answered.add(new Answered(alliance, answer.json().path("version").asLong(), at));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
            // every answer's version must reach the streams, or the benchmark says so
            long deadline = System.nanoTime() + 30_000_000_000L;
            Map<String, Long> highest = new ConcurrentHashMap<>();
            answered.forEach(command -> highest.merge(command.alliance(), command.version(), Math::max));
            for (Map.Entry<String, Long> alliance : highest.entrySet()) {
                while (seen.get(alliance.getKey()).ceilingKey(alliance.getValue()) == null) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(alliance.getKey() + " never showed version " + alliance.getValue());
                    }
                    Thread.sleep(20);
                }
            }
            List<Long> lags = new ArrayList<>();
            for (Answered command : answered) {
                long shown = Objects.requireNonNull(seen.get(command.alliance()).ceilingEntry(command.version())).getValue();
                lags.add(Math.max(0, shown - command.at())); // the stream may beat the answer to the client
            }
            System.out.printf("%d clients over %d alliances: %,d commands in %d s, %.1f commands/s%n", CLIENTS, ALLIANCES,
                              lags.size(), SECONDS, lags.size() / (double) SECONDS);
            System.out.println("from a command's answer to its alliance's live stream showing it: " + Bench.percentiles(lags));
        } finally {
            streams.forEach(stream -> {
                try {
                    stream.body().close();
                } catch (java.io.IOException ignored) {
                    // the stream ends with the service anyway
                }
            });
            queries.close();
            commands.close();
            threads.shutdownNow();
        }
    }

    /** Records when each version of the alliance was first seen, from its stream's "applied" events. */
    private static void listen(HttpResponse<InputStream> stream, ConcurrentSkipListMap<Long, Long> versions) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("data:")) {
                    long at = System.nanoTime();
                    JsonNode applied = Api.JSON.readTree(line.substring(5));
                    if (applied.has("version")) {
                        versions.putIfAbsent(applied.get("version").asLong(), at);
                    }
                }
            }
        } catch (java.io.IOException ended) {
            // closed at the end of the benchmark
        }
    }
}
