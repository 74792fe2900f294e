package org.allianceledger.system;

import org.allianceledger.platform.domain.UnifiedSocialCreditCode;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A joint meeting on one alliance: 200 mixed commands from 32 clients at once (votes on several open applications,
 * deals, handovers, new applications, withdrawals of applications and of members), the load under which waiting
 * commands used to hold the whole connection pool while the lock holder waited for one more connection. Every
 * answer is a 2xx or a 4xx within 10 s; the event store then holds exactly what was acknowledged, without gaps;
 * every application's vote window and every chair term is scheduled; the read models show the acknowledged state.
 */
class JointMeetingLoadTest {

    static final String ALLIANCE = "joint-meeting";
    static final int CLIENTS = 32;
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);
    static final int FOUNDERS = 24;
    static final List<String> CODES = codes(FOUNDERS + 24);
    static final List<String> MEMBERS = CODES.subList(0, FOUNDERS);

    record Command(String name, String path, Map<String, Object> body, String subject) {
    }

    record Answer(Command command, String correlationId, int status, String code, long version, JsonNode body,
                  long millis, String failure) {

        boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void twoHundredMixedCommandsFromThirtyTwoClientsAreEachAnsweredWithinTenSecondsAndRecordedExactly()
            throws Exception {
        String database = TestDatabase.url("joint_meeting");
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database, TestDatabase.USER, ""));
        ConfigurableApplicationContext commandService = Services.command(database);
        ConfigurableApplicationContext queryService = Services.query(database);
        try {
            Api operator = Services.api(commandService, "operator");
            Set<String> setup = new HashSet<>();
            List<Answer> setupAnswers = new ArrayList<>();
            setupAnswers.add(send(operator, new Command("found", "/api/alliances", founding(), null), "setup-found"));
            for (int i = 0; i < 4; i++) {
                setupAnswers.add(send(operator, application("app-" + i, CODES.get(FOUNDERS + i)), "setup-app-" + i));
            }
            for (Answer answer : setupAnswers) {
                assertThat(answer.status()).as(answer.toString()).isBetween(200, 299);
                setup.add(answer.correlationId());
            }

            List<Answer> answers = runConcurrently(operator, commands(new Random(20221110)));
            report(answers);

            assertThat(answers).hasSize(200);
            assertThat(answers).as("every command answered, none failed on our side")
                    .allSatisfy(a -> assertThat(a.failure()).as(a.toString()).isNull())
                    .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isBetween(200, 499))
                    .allSatisfy(a -> assertThat(a.millis()).as(a.toString()).isLessThan(ANSWER_WITHIN.toMillis()));
            assertThat(answers).as("the deadlines' commands went through").anyMatch(
                    a -> a.command().name().equals("apply") && a.status() == 201);

            List<Answer> acknowledged = new ArrayList<>(setupAnswers);
            answers.stream().filter(Answer::acknowledged).forEach(acknowledged::add);
            long head = theEventStoreHoldsExactlyTheAcknowledgedEvents(jdbc, acknowledged, setup);
            everyApplicationAndTermIsScheduled(jdbc, answers);
            theReadModelsShowTheAcknowledgedState(Services.api(queryService, "viewer"), acknowledged, head);
        } finally {
            queryService.close();
            commandService.close();
        }
    }

    /** 90 votes, 60 deals, 16 applications, 16 handovers, 8 withdrawals of applications, 10 of members. */
    private static List<Command> commands(Random random) {
        List<Command> commands = new ArrayList<>();
        // app-0's whole electorate votes, so it is decided during the load; the others get a share each
        for (String voter : MEMBERS) {
            commands.add(vote("app-0", voter, random));
        }
        Set<String> cast = new HashSet<>();
        while (cast.size() < 66) {
            String applicationId = "app-" + (1 + random.nextInt(3));
            String voter = MEMBERS.get(random.nextInt(FOUNDERS));
            if (cast.add(applicationId + "/" + voter)) {
                commands.add(vote(applicationId, voter, random));
            }
        }
        for (int i = 0; i < 60; i++) {
            int from = random.nextInt(FOUNDERS);
            int to = (from + 1 + random.nextInt(FOUNDERS - 1)) % FOUNDERS;
            commands.add(new Command("deal", "/api/alliances/" + ALLIANCE + "/deals", Map.of(
                    "dealId", "deal-" + i, "from", MEMBERS.get(from), "to", MEMBERS.get(to), "kind", "SUPPLY",
                    "subject", "冷链配送 " + i, "valueCny", 1000 + i), null));
        }
        for (int i = 0; i < 16; i++) {
            commands.add(application("app-new-" + i, CODES.get(FOUNDERS + 4 + i)));
        }
        // the chair goes back and forth between two members: a handover from the one not in the chair is refused
        for (int i = 0; i < 16; i++) {
            String from = MEMBERS.get(1 + i % 2);
            String to = MEMBERS.get(2 - i % 2);
            commands.add(new Command("handover", "/api/alliances/" + ALLIANCE + "/rotation/handovers", Map.of(
                    "from", from, "to", to, "note", "轮值交接 " + i), to));
        }
        for (int i = 0; i < 8; i++) {
            String applicationId = i == 0 ? "app-3" : "app-new-" + (2 * i);
            commands.add(new Command("withdraw-application",
                    "/api/alliances/" + ALLIANCE + "/applications/" + applicationId + "/withdrawal", Map.of(), applicationId));
        }
        for (String leaving : MEMBERS.subList(FOUNDERS - 10, FOUNDERS)) {
            commands.add(new Command("withdraw-member",
                    "/api/alliances/" + ALLIANCE + "/members/" + leaving + "/withdrawal", Map.of("reason", "迁出"), leaving));
        }
        Collections.shuffle(commands, random);
        return commands;
    }

    private static List<Answer> runConcurrently(Api operator, List<Command> commands) throws InterruptedException {
        Queue<Integer> queue = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < commands.size(); i++) {
            queue.add(i);
        }
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        for (int client = 0; client < CLIENTS; client++) {
            clients.submit(() -> {
                start.await();
                for (Integer next = queue.poll(); next != null; next = queue.poll()) {
                    answers.add(send(operator, commands.get(next), "load-" + next));
                }
                return null;
            });
        }
        start.countDown();
        clients.shutdown();
        // 200 commands in 32 clients' turns of at most 10 s each, with room to spare
        if (!clients.awaitTermination(90, TimeUnit.SECONDS)) {
            clients.shutdownNow();
        }
        return List.copyOf(answers);
    }

    private static Answer send(Api operator, Command command, String correlationId) {
        String json = Api.JSON.writeValueAsString(command.body());
        HttpRequest.Builder request = operator.request(command.path()).timeout(ANSWER_WITHIN)
                .header("Content-Type", "application/json")
                .header("X-Correlation-Id", correlationId)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        long started = System.nanoTime();
        try {
            Api.Response response = operator.send(request);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            JsonNode body = response.body().isEmpty() ? null : response.json();
            String code = body != null && body.has("code") ? body.get("code").asString() : null;
            long version = body != null && body.has("version") ? body.get("version").asLong() : -1;
            return new Answer(command, correlationId, response.status(), code, version, body, millis, null);
        } catch (RuntimeException e) {
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            return new Answer(command, correlationId, -1, null, -1, null, millis, String.valueOf(e.getCause()));
        }
    }

    private static void report(List<Answer> answers) {
        Map<String, Long> outcomes = new TreeMap<>(answers.stream().collect(Collectors.groupingBy(
                a -> a.command().name() + " " + (a.failure() != null ? "no answer" : a.status() + (a.code() == null ? "" : " " + a.code())),
                Collectors.counting())));
        long[] millis = answers.stream().mapToLong(Answer::millis).sorted().toArray();
        System.out.printf("Joint meeting load: %d answers in %d clients; p50 %d ms, p99 %d ms, max %d ms%n",
                          answers.size(), CLIENTS, percentile(millis, 50), percentile(millis, 99),
                          millis.length == 0 ? 0 : millis[millis.length - 1]);
        outcomes.forEach((outcome, count) -> System.out.printf("  %4d  %s%n", count, outcome));
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    /** Gapless sequences; each acknowledged answer's version is an event of its own request; nothing else is. */
    private static long theEventStoreHoldsExactlyTheAcknowledgedEvents(JdbcTemplate jdbc, List<Answer> acknowledged,
                                                                      Set<String> setup) {
        Map<Long, String> correlationBySequence = new TreeMap<>();
        jdbc.query("""
                SELECT sequence_number, convert_from(meta_data, 'UTF8') FROM domain_event_entry
                WHERE aggregate_identifier = ? ORDER BY sequence_number""", row -> {
            correlationBySequence.put(row.getLong(1), Api.JSON.readTree(row.getString(2)).get("correlationId").asString());
        }, ALLIANCE);
        long head = correlationBySequence.size();
        assertThat(correlationBySequence.keySet()).as("no gaps in the alliance's sequence")
                .containsExactlyElementsOf(LongStream.range(0, head).boxed().toList());
        for (Answer answer : acknowledged) {
            assertThat(correlationBySequence.get(answer.version() - 1)).as("the event at the version of " + answer)
                    .isEqualTo(answer.correlationId());
        }
        Set<String> expected = acknowledged.stream().map(Answer::correlationId).collect(Collectors.toSet());
        assertThat(new HashSet<>(correlationBySequence.values())).as("events only of acknowledged commands")
                .isEqualTo(expected);
        assertThat(expected).containsAll(setup);
        return head;
    }

    /** One vote window per application and one deadline per chair term, none for what was refused. */
    private static void everyApplicationAndTermIsScheduled(JdbcTemplate jdbc, List<Answer> answers) {
        List<String> applications = new ArrayList<>(List.of("app-0", "app-1", "app-2", "app-3"));
        answers.stream().filter(a -> a.command().name().equals("apply") && a.status() == 201)
                .forEach(a -> applications.add(a.body().get("applicationId").asString()));
        for (String applicationId : applications) {
            assertThat(jdbc.queryForObject(
                    "SELECT count(*) FROM scheduled_tasks WHERE position(convert_to(?, 'UTF8') IN task_data) > 0",
                    Long.class, "\"" + applicationId + "\"")).as("vote window of " + applicationId).isEqualTo(1);
        }
        long handovers = answers.stream().filter(a -> a.command().name().equals("handover") && a.status() == 200).count();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks", Long.class))
                .as("vote windows, the first chair term and one term per handover")
                .isEqualTo(applications.size() + 1 + handovers);
    }

    /** What the last acknowledged answer said of each application, the chair and the counts, the read models show. */
    private static void theReadModelsShowTheAcknowledgedState(Api viewer, List<Answer> acknowledged, long head) {
        Api.Response alliance = viewer.get("/api/alliances/" + ALLIANCE + "?minVersion=" + head);
        assertThat(alliance.header("Read-Model-Stale")).as(alliance.toString()).isNull();
        JsonNode view = alliance.json();
        assertThat(view.get("version").asLong()).isEqualTo(head);
        assertThat(view.get("dealCount").asLong())
                .isEqualTo(acknowledged.stream().filter(a -> a.command().name().equals("deal")).count());
        String chair = acknowledged.stream().filter(a -> a.command().name().equals("handover"))
                .max(Comparator.comparingLong(Answer::version)).map(a -> a.command().subject()).orElse(MEMBERS.get(1));
        assertThat(view.get("chair").asString()).isEqualTo(chair);

        Map<String, JsonNode> latest = new HashMap<>();
        acknowledged.stream().filter(a -> a.body() != null && a.body().has("applicationId") && a.body().has("status"))
                .sorted(Comparator.comparingLong(Answer::version))
                .forEach(a -> latest.put(a.body().get("applicationId").asString(), a.body()));
        long admitted = latest.values().stream().filter(a -> a.get("status").asString().equals("APPROVED")).count();
        long left = acknowledged.stream().filter(a -> a.command().name().equals("withdraw-member")).count();
        assertThat(view.get("memberCount").asLong()).isEqualTo(FOUNDERS - left + admitted);

        JsonNode applications = viewer.get("/api/alliances/" + ALLIANCE + "/applications?minVersion=" + head).json()
                .get("applications");
        Map<String, JsonNode> shown = new HashMap<>();
        applications.forEach(a -> shown.put(a.get("applicationId").asString(), a));
        assertThat(shown.keySet()).isEqualTo(latest.keySet());
        latest.forEach((id, answer) -> {
            assertThat(shown.get(id).get("status").asString()).as(id).isEqualTo(answer.get("status").asString());
            assertThat(shown.get(id).get("tally")).as(id).isEqualTo(answer.get("tally"));
        });
    }

    private static Map<String, Object> founding() {
        List<Map<String, Object>> founders = new ArrayList<>();
        for (int i = 0; i < FOUNDERS; i++) {
            founders.add(Map.of("id", MEMBERS.get(i), "name", "成员企业 " + i, "industry", "食品"));
        }
        return Map.of("allianceId", ALLIANCE, "name", "兖州区食品药品产业链党建联盟", "industryChain", "food and drug",
                      "region", "兖州区", "leadingBodies", List.of("兖州区“两新”组织党工委"),
                      "charter", Map.of("votingRule", "SIMPLE_MAJORITY", "quorum", 0.5, "chairTermMonths", 2,
                                        "voteWindowDays", 14),
                      "foundingMembers", founders, "initialChair", MEMBERS.get(1));
    }

    private static Command application(String applicationId, String applicant) {
        return new Command("apply", "/api/alliances/" + ALLIANCE + "/applications", Map.of(
                "applicationId", applicationId, "statement", "申请入盟",
                "enterprise", Map.of("id", applicant, "name", "申请企业 " + applicationId, "industry", "预制菜")), applicationId);
    }

    private static Command vote(String applicationId, String voter, Random random) {
        String decision = List.of("FOR", "FOR", "AGAINST", "ABSTAIN").get(random.nextInt(4));
        return new Command("vote", "/api/alliances/" + ALLIANCE + "/applications/" + applicationId + "/votes",
                           Map.of("voter", voter, "decision", decision), applicationId);
    }

    private static List<String> codes(int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(UnifiedSocialCreditCode.withCheckCharacter("91370812" + String.format("%09d", 200_000 + i)));
        }
        return codes;
    }
}
