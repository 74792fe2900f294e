package org.allianceledger.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.allianceledger.platform.domain.UnifiedSocialCreditCode;
import org.allianceledger.platform.testing.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL restarted under load (an embedded PostgreSQL, stopped and started again on the same port and data
 * directory) while clients send deals and applications, some with an Idempotency-Key, and a dashboard reads:
 * during the outage the answers are 503 STORE_UNAVAILABLE (or 500 OUTCOME_UNKNOWN for a commit in flight), never
 * 500 INTERNAL_ERROR; afterwards every acknowledged command is in the event store exactly once, a repeat with its
 * key answers as it was answered, and both services work again without a restart.
 */
class DatabaseRestartTest {

    static final Duration BEFORE = Duration.ofSeconds(3);
    static final Duration BETWEEN = Duration.ofSeconds(3);
    static final Duration OUTAGE = Duration.ofSeconds(6);
    static final Duration AFTER = Duration.ofSeconds(4);
    static final String ALLIANCE = "restart-" + UUID.randomUUID();
    static final List<String> MEMBERS = codes(0, 6);

    static Path data;
    static int port;
    static EmbeddedPostgres postgres;
    static ConfigurableApplicationContext commandService;
    static ConfigurableApplicationContext queryService;
    static JdbcTemplate store;
    static final long START = System.nanoTime();

    /** An answer as a client saw it: when (ms since the test began), to what, and how long it took. */
    record Answer(long at, boolean command, int status, String code, long tookMillis) {
    }

    /** A command a client got acknowledged (2xx), with what it sent and the answer it got. */
    record Acknowledged(String kind, String path, Map<String, Object> body, String key, int status, String answer,
                        String id, long version) {
    }

    @BeforeAll
    static void start() throws IOException {
        data = Path.of("target", "restart-pgdata");
        deleteRecursively(data);
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        postgres = startPostgres();
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("CREATE DATABASE alliance_ledger ENCODING 'UTF8' TEMPLATE template0");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        String url = postgres.getJdbcUrl("postgres", "alliance_ledger");
        store = new JdbcTemplate(new DriverManagerDataSource(url));
        commandService = Services.command(url);
        queryService = Services.query(url);
    }

    static EmbeddedPostgres startPostgres() throws IOException {
        File log = Path.of("target", "restart-postgres.log").toFile();
        return EmbeddedPostgres.builder()
                .setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
                .setRegisterShutdownHook(false)
                .start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (queryService != null) {
            queryService.close();
        }
        if (commandService != null) {
            commandService.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static long now() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - START);
    }

    static List<String> codes(int from, int count) {
        List<String> codes = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            codes.add(UnifiedSocialCreditCode.withCheckCharacter("91370812" + String.format("%09d", 700_000 + i)));
        }
        return codes;
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void aRestartUnderLoadLosesNoAcknowledgedCommandAndAnswersStoreUnavailableMeanwhile() throws Exception {
        Api operator = Services.api(commandService, "operator");
        Api viewer = Services.api(queryService, "viewer");
        Api.Response founded = operator.post("/api/alliances", founding());
        assertThat(founded.status()).as(founded.toString()).isEqualTo(201);
        assertThat(viewer.get("/api/alliances/" + ALLIANCE + "?minVersion=1").header("Read-Model-Stale")).isNull();

        AtomicBoolean stopping = new AtomicBoolean();
        Collection<Answer> answers = new ConcurrentLinkedQueue<>();
        Collection<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicInteger applicants = new AtomicInteger(100);
        ExecutorService clients = Executors.newFixedThreadPool(5);
        List<Future<List<Acknowledged>>> sent = new ArrayList<>();
        for (int client = 0; client < 4; client++) {
            boolean keyed = client != 3;
            boolean applies = client == 2;
            int seed = client;
            sent.add(clients.submit(() -> sendUntilStopped(operator, keyed, applies, seed, applicants, stopping,
                                                           answers, unexpected)));
        }
        Future<?> dashboard = clients.submit(() -> read(viewer, stopping, answers, unexpected));

        Thread.sleep(BEFORE.toMillis());
        long quickDown = now();
        postgres.close();
        postgres = startPostgres();
        long quickBack = now();
        Thread.sleep(BETWEEN.toMillis());
        long down = now();
        postgres.close();
        long stopped = now();
        Thread.sleep(OUTAGE.toMillis());
        long restarting = now();
        postgres = startPostgres();
        long back = now();
        Thread.sleep(AFTER.toMillis());
        stopping.set(true);
        List<Acknowledged> acknowledged = new ArrayList<>();
        for (Future<List<Acknowledged>> client : sent) {
            acknowledged.addAll(client.get(60, TimeUnit.SECONDS));
        }
        dashboard.get(30, TimeUnit.SECONDS);
        clients.shutdown();
        long drained = now();

        Map<String, Long> duringOutage = tally(answers, true, down, back);
        Map<String, Long> queriesDuringOutage = tally(answers, false, down, back);
        long recovered = firstSuccess(answers, back);
        long slowestDuringOutage = answers.stream().filter(a -> a.at() >= down && a.at() <= back)
                .mapToLong(Answer::tookMillis).max().orElse(0);
        System.out.printf("""
                DatabaseRestartTest
                  before: commands %s, queries %s
                  quick restart (stop and start at once, %d ms): commands %s, queries %s; first command acknowledged %d ms after
                  outage (stop %d ms, down %d ms, start %d ms): commands %s, queries %s
                  after: commands %s, queries %s; first command acknowledged %d ms after the database was back
                  slowest answer during the outage %d ms; %d commands acknowledged (%d with an Idempotency-Key), drained %d ms after the restart
                """,
                tally(answers, true, 0, quickDown), tally(answers, false, 0, quickDown),
                quickBack - quickDown, tally(answers, true, quickDown, down), tally(answers, false, quickDown, down),
                firstSuccess(answers, quickBack) - quickBack,
                stopped - down, restarting - stopped, back - restarting, duringOutage, queriesDuringOutage,
                tally(answers, true, back, Long.MAX_VALUE), tally(answers, false, back, Long.MAX_VALUE), recovered - back,
                slowestDuringOutage, acknowledged.size(), acknowledged.stream().filter(a -> a.key() != null).count(),
                drained - back);

        assertThat(unexpected).as("answers other than 2xx, 503 with Retry-After or OUTCOME_UNKNOWN").isEmpty();
        assertThat(answers.stream().map(Answer::code)).doesNotContain("INTERNAL_ERROR");
        assertThat(duringOutage).as("commands saw the outage as such").containsKey("503 STORE_UNAVAILABLE")
                .doesNotContainKey("503 SERVICE_BUSY");
        assertThat(queriesDuringOutage).as("queries too").containsKey("503 STORE_UNAVAILABLE");
        assertThat(slowestDuringOutage).as("answered within seconds").isLessThan(10_000);
        assertThat(recovered).as("commands succeed again without a restart of the service").isPositive();

        everyAcknowledgedCommandIsRecordedExactlyOnce(acknowledged);
        aRepeatWithItsKeyAnswersAsItWasAnswered(operator, acknowledged);
        theReadModelsCatchUp(viewer, acknowledged);
    }

    static Map<String, Object> founding() {
        return Map.of("allianceId", ALLIANCE, "name", "兖州区食品药品产业链党建联盟", "industryChain", "food and drug",
                      "region", "兖州区", "foundedOn", "2022-04-21",
                      "charter", Map.of("votingRule", "SIMPLE_MAJORITY", "quorum", new BigDecimal("0.5"),
                                        "chairTermMonths", 24, "voteWindowDays", 14),
                      "foundingMembers", MEMBERS.stream()
                              .map(id -> Map.of("id", id, "name", "企业 " + id, "industry", "食品")).toList(),
                      "initialChair", MEMBERS.get(0));
    }

    /**
     * One client: deals (or applications) one after the other, each sent until it is acknowledged, as a careful
     * client does: after a 503 (the store unavailable, or the alliance busy once it is back) it waits Retry-After and
     * sends the same again; after OUTCOME_UNKNOWN it sends the same again with its key, or, without one, with the id
     * the problem names.
     */
    static List<Acknowledged> sendUntilStopped(Api operator, boolean keyed, boolean applies, int seed,
                                               AtomicInteger applicants, AtomicBoolean stopping,
                                               Collection<Answer> answers, Collection<String> unexpected)
            throws InterruptedException {
        List<Acknowledged> acknowledged = new ArrayList<>();
        java.util.Random random = new java.util.Random(seed);
        while (!stopping.get()) {
            String kind = applies ? "application" : "deal";
            String path = "/api/alliances/" + ALLIANCE + (applies ? "/applications" : "/deals");
            Map<String, Object> body = applies ? application(applicants.getAndIncrement()) : deal(random);
            String key = keyed ? UUID.randomUUID().toString() : null;
            Map<String, Object> sending = body;
            long giveUp = now() + 60_000;
            while (now() < giveUp) {
                long sentAt = now();
                Api.Response answer;
                try {
                    answer = post(operator, path, sending, key);
                } catch (IllegalStateException transport) {
                    unexpected.add("no answer: " + transport);
                    Thread.sleep(200);
                    continue;
                }
                String code = answer.status() < 300 ? "" : answer.json().path("code").asString("");
                answers.add(new Answer(now(), true, answer.status(), code, now() - sentAt));
                if (answer.status() == 200 || answer.status() == 201) {
                    JsonNode json = answer.json();
                    acknowledged.add(new Acknowledged(kind, path, sending, key, answer.status(), answer.body(),
                                                      json.get(applies ? "applicationId" : "dealId").asString(),
                                                      json.get("version").asLong()));
                    break;
                }
                if (answer.status() == 503 && (code.equals("STORE_UNAVAILABLE") || code.equals("SERVICE_BUSY"))) {
                    assertThat(answer.header("Retry-After")).isNotNull();
                    Thread.sleep(Long.parseLong(answer.header("Retry-After")) * 1000);
                } else if (answer.status() == 500 && code.equals("OUTCOME_UNKNOWN")) {
                    if (key == null) {
                        String field = applies ? "applicationId" : "dealId";
                        sending = new HashMap<>(body);
                        sending.put(field, answer.json().get("retryWith").get(field).asString());
                    }
                    Thread.sleep(200);
                } else {
                    unexpected.add(answer.toString());
                    break;
                }
            }
        }
        return acknowledged;
    }

    static Map<String, Object> deal(java.util.Random random) {
        int from = random.nextInt(MEMBERS.size());
        int to = (from + 1 + random.nextInt(MEMBERS.size() - 1)) % MEMBERS.size();
        return Map.of("from", MEMBERS.get(from), "to", MEMBERS.get(to), "kind", "SUPPLY",
                      "subject", "大豆油 " + random.nextInt(1000), "signedOn", "2022-06-15");
    }

    static Map<String, Object> application(int applicant) {
        String id = codes(applicant, 1).get(0);
        return Map.of("filedOn", "2022-07-20", "enterprise", Map.of("id", id, "name", "申请企业 " + applicant, "industry", "预制菜"));
    }

    static Api.Response post(Api as, String path, Object body, String key) {
        HttpRequest.Builder request = as.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        return as.send(key == null ? request : request.header("Idempotency-Key", key));
    }

    /** A dashboard polling the alliance. */
    static Void read(Api viewer, AtomicBoolean stopping, Collection<Answer> answers, Collection<String> unexpected)
            throws InterruptedException {
        while (!stopping.get()) {
            long sentAt = now();
            try {
                Api.Response answer = viewer.get("/api/alliances/" + ALLIANCE);
                String code = answer.status() < 300 ? "" : answer.json().path("code").asString("");
                answers.add(new Answer(now(), false, answer.status(), code, now() - sentAt));
                boolean unavailable = answer.status() == 503 && code.equals("STORE_UNAVAILABLE")
                                      && answer.header("Retry-After") != null;
                if (answer.status() != 200 && !unavailable) {
                    unexpected.add("query: " + answer);
                }
            } catch (IllegalStateException transport) {
                unexpected.add("query, no answer: " + transport);
            }
            Thread.sleep(250);
        }
        return null;
    }

    /** When the first command after the given moment was acknowledged, or -1. */
    static long firstSuccess(Collection<Answer> answers, long after) {
        return answers.stream().filter(a -> a.command() && a.status() < 300 && a.at() >= after)
                .mapToLong(Answer::at).min().orElse(-1);
    }

    /** "503 STORE_UNAVAILABLE" -> how many, among the answers in [from, to). */
    static Map<String, Long> tally(Collection<Answer> answers, boolean commands, long from, long to) {
        return answers.stream().filter(a -> a.command() == commands && a.at() >= from && a.at() < to)
                .collect(Collectors.groupingBy(a -> (a.status() + " " + a.code()).strip(), TreeMap::new,
                                               Collectors.counting()));
    }

    static void everyAcknowledgedCommandIsRecordedExactlyOnce(List<Acknowledged> acknowledged) {
        for (String kind : List.of("deal", "application")) {
            List<String> ids = acknowledged.stream().filter(a -> a.kind().equals(kind)).map(Acknowledged::id).toList();
            List<String> recorded = store.query(
                    "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?",
                    (row, i) -> Api.JSON.readTree(row.getBytes(1)).get(kind.equals("deal") ? "dealId" : "applicationId")
                            .asString(),
                    ALLIANCE, kind.equals("deal") ? "%DealRecorded" : "%MembershipApplied");
            assertThat(ids).as("every acknowledged %s once", kind).doesNotHaveDuplicates().isNotEmpty();
            assertThat(recorded).as("the %ss in the event store: each acknowledged one, once, and no other", kind)
                    .containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    static void aRepeatWithItsKeyAnswersAsItWasAnswered(Api operator, List<Acknowledged> acknowledged) {
        long events = store.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        for (Acknowledged command : acknowledged) {
            if (command.key() != null) {
                Api.Response repeat = post(operator, command.path(), command.body(), command.key());
                assertThat(repeat.status()).isEqualTo(command.status());
                assertThat(repeat.body()).isEqualTo(command.answer());
            }
        }
        assertThat(store.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class))
                .as("repeats record nothing").isEqualTo(events);
    }

    static void theReadModelsCatchUp(Api viewer, List<Acknowledged> acknowledged) throws InterruptedException {
        long version = acknowledged.stream().mapToLong(Acknowledged::version).max().orElseThrow();
        long deals = acknowledged.stream().filter(a -> a.kind().equals("deal")).count();
        long giveUp = now() + 60_000;
        Api.Response alliance;
        do {
            alliance = viewer.get("/api/alliances/" + ALLIANCE + "?minVersion=" + version);
        } while ((alliance.status() != 200 || "true".equals(alliance.header("Read-Model-Stale"))) && now() < giveUp
                 && sleep());
        assertThat(alliance.status()).as(alliance.toString()).isEqualTo(200);
        assertThat(alliance.header("Read-Model-Stale")).as("query-service caught up after the restart").isNull();
        assertThat(alliance.json().get("dealCount").asLong()).isEqualTo(deals);
    }

    private static boolean sleep() throws InterruptedException {
        Thread.sleep(250);
        return true;
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
