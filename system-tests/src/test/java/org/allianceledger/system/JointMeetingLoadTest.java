package org.allianceledger.system;

import org.allianceledger.events.IndicatorStream;
import org.allianceledger.events.ProblemStream;
import org.allianceledger.command.problems.ProblemDue;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.domain.UnifiedSocialCreditCode;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A joint meeting on one alliance: some 330 mixed commands from 32 clients at once, every command kind there is.
 * Part one's: votes on several open applications, deals, handovers, new applications, withdrawals of applications
 * and of members (the load under which waiting commands used to hold the whole connection pool while the lock
 * holder waited for one more connection). Part two's: recording the meeting and votes, a close and handovers
 * naming it, a second meeting scheduled, voted at and cancelled, departments joining and withdrawing, instructor
 * appointments competing for the quota, postings, ends and recalls, rotation plans and swaps, suspensions and
 * lifts, recusals, expulsion motions filed, voted, recused from and closed, and zones competing for the alliance.
 * The service ledger's: visits, activities, problems raised, assigned, resolved, rated and reopened (each an aggregate
 * of its own, vouched for by the alliance), and revenue reports racing as revisions of one year.
 * Every answer is a 2xx or a 4xx within 10 s; the event store then holds exactly what was acknowledged, without
 * gaps; every vote window, chair term and meeting due day is scheduled; the read models show the acknowledged
 * state.
 */
class JointMeetingLoadTest {

    static final String ALLIANCE = "joint-meeting";
    static final String PATH = "/api/alliances/" + ALLIANCE;
    static final int CLIENTS = 32;
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);
    static final int FOUNDERS = 24;
    static final int QUOTA = 2;
    static final List<String> CODES = codes("91370812", FOUNDERS + 24);
    static final List<String> MEMBERS = CODES.subList(0, FOUNDERS);
    static final List<String> DEPARTMENTS = codes("11370812", 4);
    static final List<String> ZONES = List.of("zone-0", "zone-1", "zone-2", "zone-3");
    /** The chair goes back and forth between these two; no motion, suspension or plan names them. */
    static final Set<String> CHAIRS = Set.of(MEMBERS.get(1), MEMBERS.get(2));
    /** The subject of the expulsion motion filed before the load. */
    static final String EXPELLED = MEMBERS.get(3);
    /** Suspended and lifted again (each by one client, in that order), and suspended for good. */
    static final List<String> SUSPENDED_AND_LIFTED = MEMBERS.subList(4, 8);
    static final List<String> SUSPENDED = MEMBERS.subList(8, 10);
    /** They withdraw during the load. */
    static final List<String> LEAVERS = MEMBERS.subList(FOUNDERS - 6, FOUNDERS);
    /** Members neither leaving nor chairing nor the first motion's subject: the rotation plan's. */
    static final List<String> STAYERS = Stream.concat(Stream.of(MEMBERS.get(0)), MEMBERS.subList(4, FOUNDERS - 6).stream())
            .toList();
    /**
     * The subject of the motion filed during the load, one of the stayers: filed first, before anyone leaves, its ten
     * votes are short of the quorum of its 23 electors, so it is never expelled (a plan naming it stays valid).
     */
    static final String MOTION_SUBJECT = STAYERS.get(STAYERS.size() - 1);
    /** The meeting's attendee members, who vote at it: the stayers and the chairs, not the second motion's subject. */
    static final Set<String> PROBLEM_KINDS = Set.of("raise", "assign", "progress", "resolve", "feedback", "reopen");
    /** Members no motion, suspension or withdrawal touches: they raise problems, are visited and report revenue. */
    static final List<String> SERVED = Stream.concat(Stream.of(MEMBERS.get(0)), MEMBERS.subList(10, FOUNDERS - 6).stream())
            .filter(m -> !m.equals(MOTION_SUBJECT)).toList();
    /** Partner departments from before the load that never withdraw during it. */
    static final List<String> STAYING_DEPARTMENTS = List.of(DEPARTMENTS.get(0), DEPARTMENTS.get(2));
    static final int REPORTED_YEAR = BusinessCalendar.today().getYear() - 1;
    static final List<String> ATTENDEES = Stream.concat(STAYERS.stream(), CHAIRS.stream())
            .filter(m -> !m.equals(MOTION_SUBJECT)).sorted().toList();

    record Command(String name, String method, String path, Map<String, Object> body, String subject) {

        Command(String name, String path, Map<String, Object> body, String subject) {
            this(name, "POST", path, body, subject);
        }

        String meetingId() {
            return (String) body.get("meetingId");
        }

        /** The stream it records in: a problem's and an enterprise's figures are aggregates of their own. */
        String stream() {
            if (PROBLEM_KINDS.contains(name)) {
                return ProblemStream.of(ALLIANCE, subject);
            }
            return name.equals("report") ? IndicatorStream.of(subject) : ALLIANCE;
        }
    }

    record Answer(Command command, String correlationId, int status, String code, long version, JsonNode body,
                  long millis, String failure) {

        boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void threeHundredAndThirtyMixedCommandsFromThirtyTwoClientsAreEachAnsweredWithinTenSecondsAndRecordedExactly()
            throws Exception {
        String database = TestDatabase.url("joint_meeting");
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database, TestDatabase.USER, ""));
        ConfigurableApplicationContext commandService = Services.command(database);
        ConfigurableApplicationContext queryService = Services.query(database);
        try {
            Api operator = Services.api(commandService, "operator");
            for (String zone : ZONES) {
                // a zone is an aggregate of its own: its founding is no event of the alliance
                Answer founded = send(operator, new Command("found-zone", "/api/zones", Map.of(
                        "zoneId", zone, "name", "兖州经济开发区 " + zone, "region", "兖州区", "committee", "开发区党工委"),
                        zone), "setup-" + zone);
                assertThat(founded.status()).as(founded.toString()).isEqualTo(201);
            }
            Set<String> setup = new HashSet<>();
            List<Answer> setupAnswers = new ArrayList<>();
            setupAnswers.add(send(operator, new Command("found", "/api/alliances", founding(), null), "setup-found"));
            for (int i = 0; i < 4; i++) {
                setupAnswers.add(send(operator, application("app-" + i, CODES.get(FOUNDERS + i)), "setup-app-" + i));
            }
            setupAnswers.add(send(operator, scheduling("meeting-0"), "setup-meeting-0"));
            for (int d = 0; d < 3; d++) {
                setupAnswers.add(send(operator, departmentJoining(d), "setup-department-" + d));
            }
            setupAnswers.add(send(operator, motion("motion-0", EXPELLED), "setup-motion-0"));
            setupAnswers.add(send(operator, visit("visit-setup", SERVED.get(0), DEPARTMENTS.get(0)), "setup-visit"));
            for (Answer answer : setupAnswers) {
                assertThat(answer.status()).as(answer.toString()).isBetween(200, 299);
                setup.add(answer.correlationId());
            }

            List<List<Command>> jobs = jobs(new Random(20221110));
            List<Answer> answers = runConcurrently(operator, jobs);
            report(answers);

            assertThat(answers).hasSize(jobs.stream().mapToInt(List::size).sum());
            assertThat(answers).as("every command answered, none failed on our side")
                    .allSatisfy(a -> assertThat(a.failure()).as(a.toString()).isNull())
                    .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isBetween(200, 499))
                    .allSatisfy(a -> assertThat(a.millis()).as(a.toString()).isLessThan(ANSWER_WITHIN.toMillis()));
            assertThat(answers).as("the deadlines' commands went through").anyMatch(
                    a -> a.command().name().equals("apply") && a.status() == 201);
            assertThat(answers).as("instructors competed for the quota").anyMatch(
                    a -> a.command().name().equals("appoint") && "INSTRUCTOR_QUOTA_REACHED".equals(a.code()));
            Set<String> acknowledgedKinds = answers.stream().filter(Answer::acknowledged).map(a -> a.command().name())
                    .collect(Collectors.toSet());
            assertThat(acknowledgedKinds).as("kinds that succeed whatever the order")
                    .contains("vote", "deal", "apply", "withdraw-member", "record-meeting", "schedule-meeting",
                              "join-department", "withdraw-department", "appoint", "plan", "suspend", "lift",
                              "file-motion", "motion-vote", "join-zone", "visit", "activity", "raise", "assign",
                              "progress", "resolve", "feedback", "reopen", "report");
            assertThat(answers.stream().filter(a -> a.command().name().equals("join-zone") && a.acknowledged()))
                    .as("one zone wins the alliance, the others are refused").hasSize(1);
            assertThat(answers.stream().filter(a -> a.command().name().equals("join-zone") && !a.acknowledged()))
                    .allSatisfy(a -> assertThat(a.code()).as(a.toString()).isEqualTo("ALREADY_IN_ZONE"));

            // each stream's acknowledged answers in the order recorded: the alliance's, each problem's, each enterprise's
            Map<String, List<Answer>> byStream = Stream.concat(setupAnswers.stream(), answers.stream())
                    .filter(Answer::acknowledged)
                    .sorted(Comparator.comparingLong(Answer::version))
                    .collect(Collectors.groupingBy(a -> a.command().stream(), TreeMap::new, Collectors.toList()));
            List<Answer> acknowledged = byStream.remove(ALLIANCE);
            long head = theStreamHoldsExactlyTheAcknowledgedEvents(jdbc, ALLIANCE, acknowledged);
            assertThat(acknowledged.stream().map(Answer::correlationId).toList()).containsAll(setup);
            for (Map.Entry<String, List<Answer>> stream : byStream.entrySet()) {
                theStreamHoldsExactlyTheAcknowledgedEvents(jdbc, stream.getKey(), stream.getValue());
            }
            assertThat(jdbc.queryForList("""
                    SELECT DISTINCT aggregate_identifier FROM domain_event_entry
                    WHERE aggregate_identifier LIKE 'problem:%' OR aggregate_identifier LIKE 'indicators:%'""", String.class))
                    .as("a stream for each problem raised and each enterprise reporting, none for what was refused")
                    .containsExactlyInAnyOrderElementsOf(byStream.keySet());
            everyVoteTermMeetingDayAndDueDateIsScheduled(jdbc, answers);
            Api viewer = Services.api(queryService, "viewer");
            theReadModelsShowTheAcknowledgedState(viewer, acknowledged, head);
            theInstructorsAreTheAcknowledgedOnesWithinTheQuota(viewer, acknowledged, head);
            theMeetingsShowWhatWasDecidedAtThem(viewer, acknowledged, head);
            theAllianceIsInTheWinningZoneOnly(viewer, acknowledged);
            theServiceLedgerShowsTheAcknowledgedState(viewer, acknowledged, byStream, head);
        } finally {
            queryService.close();
            commandService.close();
        }
    }

    /**
     * Jobs of one or more commands: a client sends a job's commands one after the other (a suspension before its
     * lift, which would otherwise lift nothing), the jobs themselves all at once.
     */
    private static List<List<Command>> jobs(Random random) {
        List<Command> commands = new ArrayList<>();
        // app-0's whole electorate votes (some at the meeting); the others get a share each
        for (String voter : MEMBERS) {
            commands.add(vote("app-0", voter, random, ATTENDEES.contains(voter) && random.nextBoolean() ? "meeting-0" : null));
        }
        Set<String> cast = new HashSet<>();
        while (cast.size() < 40) {
            String applicationId = "app-" + (1 + random.nextInt(3));
            String voter = MEMBERS.get(random.nextInt(FOUNDERS));
            if (cast.add(applicationId + "/" + voter)) {
                commands.add(vote(applicationId, voter, random,
                                  ATTENDEES.contains(voter) && random.nextInt(3) == 0 ? "meeting-0" : null));
            }
        }
        // at the second meeting, scheduled and cancelled meanwhile: refused before it and after, counted in between
        while (cast.size() < 43) {
            String applicationId = "app-" + (1 + random.nextInt(3));
            String voter = ATTENDEES.get(random.nextInt(ATTENDEES.size()));
            if (cast.add(applicationId + "/" + voter)) {
                commands.add(vote(applicationId, voter, random, "meeting-1"));
            }
        }
        commands.add(new Command("cancel-meeting", PATH + "/meetings/meeting-1/cancellation",
                                 Map.of("reason", "改期：与区委会议冲突"), "meeting-1"));
        commands.add(new Command("record-meeting", PATH + "/meetings/meeting-0/record", Map.of(
                "attendees", Map.of("members", ATTENDEES, "departments", DEPARTMENTS.subList(0, 2)),
                "minutes", "联席会议纪要：\n一、表决入盟申请；\n二、轮值交接。"), "meeting-0"));
        commands.add(new Command("close", PATH + "/applications/app-2/close", Map.of("meetingId", "meeting-0"), "app-2"));
        Set<String> recused = new HashSet<>();
        while (recused.size() < 8) {
            String applicationId = "app-" + (1 + random.nextInt(3));
            String voter = MEMBERS.get(random.nextInt(FOUNDERS));
            if (recused.add(applicationId + "/" + voter)) {
                commands.add(new Command("recuse", PATH + "/applications/" + applicationId + "/recusals",
                                         Map.of("voter", voter, "reason", "与申请企业有关联关系"), applicationId));
            }
        }

        for (int i = 0; i < 30; i++) {
            int from = random.nextInt(FOUNDERS);
            int to = (from + 1 + random.nextInt(FOUNDERS - 1)) % FOUNDERS;
            commands.add(new Command("deal", PATH + "/deals", Map.of(
                    "dealId", "deal-" + i, "from", MEMBERS.get(from), "to", MEMBERS.get(to), "kind", "SUPPLY",
                    "subject", "冷链配送 " + i, "valueCny", 1000 + i), null));
        }
        for (int i = 0; i < 10; i++) {
            commands.add(application("app-new-" + i, CODES.get(FOUNDERS + 4 + i)));
        }
        // the chair goes back and forth between two members: a handover from the one not in the chair is refused;
        // neither is in the plan, so with a plan each one deviates from it (and has the note that needs)
        for (int i = 0; i < 12; i++) {
            String from = MEMBERS.get(1 + i % 2);
            String to = MEMBERS.get(2 - i % 2);
            Map<String, Object> body = new HashMap<>(Map.of("from", from, "to", to, "note", "轮值交接 " + i));
            if (i % 3 == 0) {
                body.put("meetingId", "meeting-0");
            }
            commands.add(new Command("handover", PATH + "/rotation/handovers", body, to));
        }
        for (int i = 0; i < 6; i++) {
            String applicationId = i == 0 ? "app-3" : "app-new-" + (2 * i);
            commands.add(new Command("withdraw-application",
                                     PATH + "/applications/" + applicationId + "/withdrawal", Map.of(), applicationId));
        }
        for (String leaving : LEAVERS) {
            commands.add(new Command("withdraw-member", PATH + "/members/" + leaving + "/withdrawal",
                                     Map.of("reason", "迁出"), leaving));
        }

        commands.add(departmentJoining(3));
        for (int d : List.of(1, 3)) {
            commands.add(new Command("withdraw-department", PATH + "/departments/" + DEPARTMENTS.get(d) + "/withdrawal",
                                     Map.of(), DEPARTMENTS.get(d)));
        }
        // six candidates per department for a quota of two; recalls and withdrawals free places meanwhile. Two of
        // them are each one client's appointment, posting, then end of the first posting or recall
        List<List<Command>> instructorJobs = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            for (int k = 0; k < 6; k++) {
                String instructor = instructor(d, k);
                Command appointment = new Command("appoint", PATH + "/instructors", Map.of(
                        "instructorId", instructor, "name", "党建指导员 " + d + "-" + k, "department", DEPARTMENTS.get(d),
                        "enterprises", List.of(appointedTo(d, k))), instructor);
                Command posting = new Command("post", PATH + "/instructors/" + instructor + "/postings",
                                              Map.of("enterprise", postedTo(d, k)), instructor);
                Command recall = new Command("recall", PATH + "/instructors/" + instructor + "/recall", Map.of(), instructor);
                switch (k) {
                    case 0 -> instructorJobs.add(List.of(appointment, posting, new Command(
                            "end-posting", PATH + "/instructors/" + instructor + "/postings/" + appointedTo(d, k) + "/end",
                            Map.of(), instructor)));
                    case 1 -> instructorJobs.add(List.of(appointment, posting, recall));
                    case 2 -> commands.addAll(List.of(appointment, recall));
                    case 3 -> commands.addAll(List.of(appointment, posting));
                    default -> commands.add(appointment);
                }
            }
        }

        // plans of the same members in orders no six swaps turn into one another, so none repeats the plan standing
        List<String> planned = STAYERS;
        for (int shift : List.of(0, 5, 10)) {
            List<String> order = new ArrayList<>(planned);
            Collections.rotate(order, shift);
            commands.add(new Command("plan", "PUT", PATH + "/rotation/plan",
                                     Map.of("order", order, "note", "轮值计划 " + shift), null));
        }
        for (int i = 0; i < 6; i++) {
            commands.add(new Command("swap", PATH + "/rotation/plan/swaps", Map.of(
                    "first", planned.get(i), "second", planned.get(i + 7), "note", "调换 " + i), null));
        }

        for (String member : SUSPENDED) {
            commands.add(suspension(member));
        }

        List<String> electorate = MEMBERS.stream().filter(m -> !m.equals(EXPELLED)).toList();
        for (String voter : electorate) {
            String decision = List.of("FOR", "FOR", "FOR", "AGAINST").get(random.nextInt(4));
            commands.add(new Command("motion-vote", PATH + "/motions/motion-0/votes",
                                     Map.of("voter", voter, "decision", decision), "motion-0"));
        }
        for (int i = 0; i < 2; i++) {
            commands.add(new Command("motion-recuse", PATH + "/motions/motion-0/recusals",
                                     Map.of("voter", electorate.get(2 * random.nextInt(electorate.size() / 2) + i),
                                            "reason", "与被提议除名企业存在业务往来"), "motion-0"));
        }
        List<String> others = new ArrayList<>(MEMBERS.stream().filter(m -> !m.equals(MOTION_SUBJECT)).toList());
        Collections.shuffle(others, random);
        for (String voter : others.subList(0, 10)) {
            commands.add(new Command("motion-vote", PATH + "/motions/motion-1/votes",
                                     Map.of("voter", voter, "decision", random.nextBoolean() ? "FOR" : "AGAINST"), "motion-1"));
        }
        commands.add(new Command("motion-close", PATH + "/motions/motion-1/close", Map.of(), "motion-1"));

        // the service ledger: visits and activities are the alliance's events; each problem is an aggregate of its
        // own, raised and assigned once the alliance vouched for the member, the visit and the department; revenue
        // reports are the enterprise's
        for (int i = 0; i < 8; i++) {
            commands.add(visit("visit-" + i, SERVED.get(i % SERVED.size()), STAYING_DEPARTMENTS.get(i % 2)));
        }
        commands.add(visit("visit-leaver", LEAVERS.get(0), STAYING_DEPARTMENTS.get(0)));
        commands.add(visit("visit-withdrawing", SERVED.get(0), DEPARTMENTS.get(1)));
        for (int i = 0; i < 4; i++) {
            commands.add(activity("activity-" + i, SERVED.subList(i, i + 3), STAYING_DEPARTMENTS.subList(0, 1 + i % 2)));
        }
        commands.add(activity("activity-leavers", LEAVERS.subList(0, 2), STAYING_DEPARTMENTS));
        List<List<Command>> problemJobs = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            String problemId = "problem-" + p;
            List<Command> steps = new ArrayList<>(List.of(
                    raising(problemId, SERVED.get(p % SERVED.size())),
                    assignment(problemId, STAYING_DEPARTMENTS.get(p % 2)),
                    new Command("progress", PATH + "/problems/" + problemId + "/progress",
                                Map.of("note", "已协调银行对接 " + p), problemId),
                    new Command("resolve", PATH + "/problems/" + problemId + "/resolution",
                                Map.of("result", "已办结：贷款到位 " + p), problemId),
                    new Command("feedback", PATH + "/problems/" + problemId + "/feedback",
                                Map.of("rating", 1 + p % 5, "comment", "满意"), problemId)));
            if (p % 4 == 0) {
                steps.add(new Command("reopen", PATH + "/problems/" + problemId + "/reopening",
                                      Map.of("reason", "资金仍未到位"), problemId));
            }
            problemJobs.add(steps);
        }
        // on their merits: the member may have left, the department withdrawn, by the time the alliance vouches
        problemJobs.add(List.of(raising("problem-leaver", LEAVERS.get(1))));
        problemJobs.add(List.of(raising("problem-withdrawing", SERVED.get(1)), assignment("problem-withdrawing",
                                                                                         DEPARTMENTS.get(1))));
        for (int i = 0; i < 12; i++) {
            String enterprise = SERVED.get(i % 4);
            commands.add(new Command("report", "PUT", "/api/enterprises/" + enterprise + "/indicators/" + REPORTED_YEAR,
                                     Map.of("revenueCny", 1_000_000 + 1000 * i, "disclosure", "PUBLIC",
                                            "source", "年报 " + i), enterprise));
        }

        for (String zone : ZONES) {
            commands.add(new Command("join-zone", "/api/zones/" + zone + "/alliances", Map.of("allianceId", ALLIANCE), zone));
        }

        List<List<Command>> jobs = new ArrayList<>(commands.stream().map(List::of).toList());
        jobs.addAll(instructorJobs);
        jobs.addAll(problemJobs);
        for (String member : SUSPENDED_AND_LIFTED) {
            jobs.add(List.of(suspension(member), new Command("lift", PATH + "/members/" + member + "/suspension/lift",
                                                             Map.of(), member)));
        }
        Collections.shuffle(jobs, random);
        // the second meeting and motion are sent first: votes at it, on it and the cancellation compete on their merits
        jobs.add(0, List.of(scheduling("meeting-1")));
        jobs.add(1, List.of(motion("motion-1", MOTION_SUBJECT)));
        // suspended members never vote, so neither app-0 nor motion-0 is decided by its last vote: the operator
        // closes them, at the meeting for app-0, when nearly everything else has been sent
        jobs.add(List.of(new Command("close", PATH + "/applications/app-0/close", Map.of("meetingId", "meeting-0"),
                                     "app-0")));
        jobs.add(List.of(new Command("motion-close", PATH + "/motions/motion-0/close", Map.of(), "motion-0")));
        return jobs;
    }

    private static List<Answer> runConcurrently(Api operator, List<List<Command>> jobs) throws InterruptedException {
        Queue<Integer> queue = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < jobs.size(); i++) {
            queue.add(i);
        }
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        for (int client = 0; client < CLIENTS; client++) {
            clients.submit(() -> {
                start.await();
                for (Integer next = queue.poll(); next != null; next = queue.poll()) {
                    List<Command> job = jobs.get(next);
                    for (int step = 0; step < job.size(); step++) {
                        answers.add(send(operator, job.get(step), "load-" + next + (job.size() == 1 ? "" : "-" + step)));
                    }
                }
                return null;
            });
        }
        start.countDown();
        clients.shutdown();
        // 330 commands in 32 clients' turns of at most 10 s each, with room to spare
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
                .method(command.method(), HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
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

    /**
     * Gapless sequences; each acknowledged answer's version is an event of its own request (the last of its events:
     * a deviating handover, a withdrawal ending postings and an approving vote expelling record several); nothing
     * else is. The load sends nothing that could be acknowledged without recording (a resent vote, a lift before
     * its suspension, a plan equal to the one standing, the same revenue twice), so every acknowledged answer
     * recorded something. Answers the stream's head.
     */
    private static long theStreamHoldsExactlyTheAcknowledgedEvents(JdbcTemplate jdbc, String stream,
                                                                   List<Answer> acknowledged) {
        Map<Long, String> correlationBySequence = new TreeMap<>();
        jdbc.query("""
                SELECT sequence_number, convert_from(meta_data, 'UTF8') FROM domain_event_entry
                WHERE aggregate_identifier = ? ORDER BY sequence_number""", row -> {
            correlationBySequence.put(row.getLong(1), Api.JSON.readTree(row.getString(2)).get("correlationId").asString());
        }, stream);
        long head = correlationBySequence.size();
        assertThat(correlationBySequence.keySet()).as("no gaps in the sequence of " + stream)
                .containsExactlyElementsOf(LongStream.range(0, head).boxed().toList());
        for (Answer answer : acknowledged) {
            assertThat(correlationBySequence.get(answer.version() - 1)).as("the event at the version of " + answer)
                    .isEqualTo(answer.correlationId());
        }
        assertThat(new HashSet<>(correlationBySequence.values())).as("events only of acknowledged commands in " + stream)
                .isEqualTo(acknowledged.stream().map(Answer::correlationId).collect(Collectors.toSet()));
        return head;
    }

    /**
     * One vote window per application and per motion, one deadline per chair term, the meeting due day of the
     * founding (the meeting held on the founding day moves it nothing), and a due date per problem assigned or
     * reopened; none for what was refused.
     */
    private static void everyVoteTermMeetingDayAndDueDateIsScheduled(JdbcTemplate jdbc, List<Answer> answers) {
        List<String> ballots = new ArrayList<>(List.of("app-0", "app-1", "app-2", "app-3", "motion-0"));
        answers.stream().filter(a -> a.command().name().equals("apply") && a.status() == 201)
                .forEach(a -> ballots.add(a.body().get("applicationId").asString()));
        answers.stream().filter(a -> a.command().name().equals("file-motion") && a.status() == 201)
                .forEach(a -> ballots.add(a.body().get("motionId").asString()));
        for (String ballot : ballots) {
            assertThat(jdbc.queryForObject(
                    "SELECT count(*) FROM scheduled_tasks WHERE position(convert_to(?, 'UTF8') IN task_data) > 0",
                    Long.class, "\"" + ballot + "\"")).as("vote window of " + ballot).isEqualTo(1);
        }
        long handovers = answers.stream().filter(a -> a.command().name().equals("handover") && a.status() == 200).count();
        String problemDue = "position(convert_to('" + ProblemDue.DEADLINE + "', 'UTF8') IN task_data) > 0";
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE NOT " + problemDue, Long.class))
                .as("vote windows, the first chair term, one term per handover and the first meeting due day")
                .isEqualTo(ballots.size() + 1 + handovers + 1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE " + problemDue, Long.class))
                .as("a due date per assignment and reopening")
                .isEqualTo(answers.stream().filter(Answer::acknowledged)
                                   .filter(a -> Set.of("assign", "reopen").contains(a.command().name())).count());
    }

    /**
     * What the last acknowledged answer said of each application and motion, the chair, the counts, the partner
     * departments and the suspensions, the read models show.
     */
    private static void theReadModelsShowTheAcknowledgedState(Api viewer, List<Answer> acknowledged, long head) {
        Api.Response alliance = viewer.get(PATH + "?minVersion=" + head);
        assertThat(alliance.header("Read-Model-Stale")).as(alliance.toString()).isNull();
        JsonNode view = alliance.json();
        assertThat(view.get("version").asLong()).isEqualTo(head);
        assertThat(view.get("dealCount").asLong()).isEqualTo(named(acknowledged, "deal").count());
        String chair = named(acknowledged, "handover").reduce((first, second) -> second)
                .map(a -> a.command().subject()).orElse(MEMBERS.get(1));
        assertThat(view.get("chair").asString()).isEqualTo(chair);

        Map<String, JsonNode> latest = latestBy(acknowledged, "applicationId");
        Map<String, JsonNode> motions = latestBy(acknowledged, "motionId");
        long admitted = latest.values().stream().filter(a -> a.get("status").asString().equals("APPROVED")).count();
        Set<String> left = named(acknowledged, "withdraw-member").map(a -> a.command().subject()).collect(Collectors.toSet());
        motions.forEach((motionId, answer) -> {
            if (answer.get("status").asString().equals("APPROVED")) {
                left.add(motionId.equals("motion-0") ? EXPELLED : MOTION_SUBJECT);
            }
        });
        assertThat(view.get("memberCount").asLong()).isEqualTo(FOUNDERS - left.size() + admitted);

        Map<String, JsonNode> shown = byId(viewer.get(PATH + "/applications?minVersion=" + head).json()
                                                 .get("applications"), "applicationId");
        assertThat(shown.keySet()).isEqualTo(latest.keySet());
        latest.forEach((id, answer) -> {
            assertThat(shown.get(id).get("status").asString()).as(id).isEqualTo(answer.get("status").asString());
            assertThat(shown.get(id).get("tally")).as(id).isEqualTo(answer.get("tally"));
        });
        Map<String, JsonNode> shownMotions = byId(viewer.get(PATH + "/motions?minVersion=" + head).json()
                                                        .get("motions"), "motionId");
        assertThat(shownMotions.keySet()).isEqualTo(motions.keySet());
        motions.forEach((id, answer) -> {
            assertThat(shownMotions.get(id).get("status").asString()).as(id).isEqualTo(answer.get("status").asString());
            assertThat(shownMotions.get(id).get("tally")).as(id).isEqualTo(answer.get("tally"));
        });

        Set<String> partners = new TreeSet<>(DEPARTMENTS.subList(0, 3));
        for (Answer answer : acknowledged) {
            switch (answer.command().name()) {
                case "join-department" -> partners.add(answer.command().subject());
                case "withdraw-department" -> partners.remove(answer.command().subject());
                default -> { }
            }
        }
        Set<String> shownPartners = new TreeSet<>();
        viewer.get(PATH + "/departments?minVersion=" + head).json().get("departments")
                .forEach(d -> shownPartners.add(d.get("id").asString()));
        assertThat(shownPartners).as("the partner departments").isEqualTo(partners);

        Map<String, JsonNode> members = byId(viewer.get(PATH + "/members?minVersion=" + head).json().get("members"), "id");
        SUSPENDED_AND_LIFTED.forEach(
                m -> assertThat(members.get(m).get("suspended").asBoolean()).as("lifted " + m).isFalse());
        SUSPENDED.forEach(m -> assertThat(members.get(m).get("suspended").asBoolean()).as("suspended " + m).isTrue());
    }

    /**
     * The acknowledged appointments, postings, ends, recalls, department withdrawals and exits, replayed in the
     * order recorded, are the instructors shown, each serving whom it was left serving; no department ever had
     * more instructors than the quota.
     */
    private static void theInstructorsAreTheAcknowledgedOnesWithinTheQuota(Api viewer, List<Answer> acknowledged,
                                                                           long head) {
        Map<String, String> departmentOf = new TreeMap<>();
        Map<String, Set<String>> serves = new TreeMap<>();
        Set<String> decidedMotions = new HashSet<>();
        for (Answer answer : acknowledged) {
            Command command = answer.command();
            switch (command.name()) {
                case "appoint" -> {
                    String department = (String) command.body().get("department");
                    assertThat(departmentOf.values().stream().filter(department::equals).count())
                            .as("instructors of " + department + " before " + answer).isLessThan(QUOTA);
                    departmentOf.put(command.subject(), department);
                    @SuppressWarnings("unchecked")
                    List<String> enterprises = (List<String>) command.body().get("enterprises");
                    serves.put(command.subject(), new TreeSet<>(enterprises));
                }
                case "post" -> serves.get(command.subject()).add((String) command.body().get("enterprise"));
                case "end-posting" -> serves.get(command.subject()).removeIf(command.path()::contains);
                case "recall" -> {
                    departmentOf.remove(command.subject());
                    serves.remove(command.subject());
                }
                case "withdraw-department" -> {
                    departmentOf.values().removeIf(command.subject()::equals);
                    serves.keySet().retainAll(departmentOf.keySet());
                }
                case "withdraw-member" -> serves.values().forEach(s -> s.remove(command.subject()));
                case "motion-vote", "motion-close" -> {
                    if (answer.body().get("status").asString().equals("APPROVED") && decidedMotions.add(command.subject())) {
                        String subject = command.subject().equals("motion-0") ? EXPELLED : MOTION_SUBJECT;
                        serves.values().forEach(s -> s.remove(subject));
                    }
                }
                default -> { }
            }
        }
        JsonNode shown = viewer.get(PATH + "/instructors?minVersion=" + head).json();
        Map<String, String> shownDepartmentOf = new TreeMap<>();
        Map<String, Set<String>> shownServes = new TreeMap<>();
        shown.get("instructors").forEach(i -> {
            shownDepartmentOf.put(i.get("id").asString(), i.get("department").get("id").asString());
            Set<String> served = new TreeSet<>();
            i.get("serves").forEach(s -> served.add(s.get("id").asString()));
            shownServes.put(i.get("id").asString(), served);
        });
        assertThat(shownDepartmentOf).as("current instructors and their departments").isEqualTo(departmentOf);
        assertThat(shownServes).as("whom each serves").isEqualTo(serves);
        assertThat(shownDepartmentOf.values().stream().collect(Collectors.groupingBy(d -> d, Collectors.counting())))
                .as("instructors per department")
                .allSatisfy((department, count) -> assertThat(count).isLessThanOrEqualTo(QUOTA));
        assertThat(named(acknowledged, "appoint").count()).as("the quota was reached and places freed again")
                .isGreaterThan(2L * QUOTA);
    }

    /** Each meeting's status, and what was decided at it (votes, decisions, handovers naming it) in that order. */
    private static void theMeetingsShowWhatWasDecidedAtThem(Api viewer, List<Answer> acknowledged, long head) {
        Map<String, List<String>> decisions = new LinkedHashMap<>();
        Map<String, String> status = new HashMap<>(Map.of("meeting-0", "SCHEDULED"));
        Set<String> decided = new HashSet<>();
        for (Answer answer : acknowledged) {
            Command command = answer.command();
            switch (command.name()) {
                case "schedule-meeting" -> status.put(command.subject(), "SCHEDULED");
                case "record-meeting" -> status.put(command.subject(), "HELD");
                case "cancel-meeting" -> status.put(command.subject(), "CANCELLED");
                default -> { }
            }
            String meeting = command.meetingId();
            if (command.name().equals("vote") && meeting != null) {
                decisions.computeIfAbsent(meeting, m -> new ArrayList<>()).add(String.join(" ", "VOTE_CAST",
                        command.subject(), (String) command.body().get("voter"), (String) command.body().get("decision"),
                        null));
            }
            if (command.name().equals("vote") || command.name().equals("close")) {
                String outcome = answer.body().get("status").asString();
                if (!outcome.equals("OPEN") && decided.add(command.subject()) && meeting != null) {
                    String applicant = CODES.get(FOUNDERS + Integer.parseInt(command.subject().substring("app-".length())));
                    decisions.computeIfAbsent(meeting, m -> new ArrayList<>()).add(String.join(" ",
                            "APPLICATION_DECIDED", command.subject(), applicant, outcome, null));
                }
            }
            if (command.name().equals("handover") && meeting != null) {
                decisions.computeIfAbsent(meeting, m -> new ArrayList<>()).add(String.join(" ", "HANDOVER_EFFECTIVE",
                        null, command.subject(), null, (String) command.body().get("from")));
            }
        }
        assertThat(decisions.get("meeting-0")).as("votes and decisions at the meeting").isNotEmpty();
        for (String meeting : List.of("meeting-0", "meeting-1")) {
            Api.Response read = viewer.get(PATH + "/meetings/" + meeting + "?minVersion=" + head);
            if (!status.containsKey(meeting)) {
                assertThat(read.status()).as(read.toString()).isEqualTo(404);
                continue;
            }
            JsonNode shown = read.json();
            assertThat(shown.get("status").asString()).as(meeting).isEqualTo(status.get(meeting));
            List<String> shownDecisions = new ArrayList<>();
            shown.get("decisions").forEach(d -> shownDecisions.add(String.join(" ", d.get("kind").asString(),
                    text(d, "applicationId"), d.get("enterprise").get("id").asString(), text(d, "decision"),
                    text(d, "from"))));
            assertThat(shownDecisions).as("decisions at " + meeting)
                    .containsExactlyElementsOf(decisions.getOrDefault(meeting, List.of()));
        }
    }

    /** The zone that won the alliance lists it once; the zones that competed for it do not. */
    private static void theAllianceIsInTheWinningZoneOnly(Api viewer, List<Answer> acknowledged)
            throws InterruptedException {
        // zone reads take no minVersion, and a zone's founding may be projected by another segment than the alliance
        for (int wait = 0; wait < 100 && viewer.get("/api/zones").json().get("zones").size() < ZONES.size(); wait++) {
            Thread.sleep(100);
        }
        String winner = named(acknowledged, "join-zone").findFirst().orElseThrow().command().subject();
        for (String zone : ZONES) {
            List<String> alliances = new ArrayList<>();
            viewer.get("/api/zones/" + zone).json().get("alliances")
                    .forEach(a -> alliances.add(a.get("allianceId").asString()));
            assertThat(alliances).as("alliances of " + zone).isEqualTo(zone.equals(winner) ? List.of(ALLIANCE) : List.of());
        }
    }

    /**
     * The visits and activities acknowledged; each problem as its last acknowledged answer left it, with every step;
     * each enterprise's revisions of the year, one per report. Problem and indicator reads take no alliance version,
     * so they are read until they caught up with their streams.
     */
    private static void theServiceLedgerShowsTheAcknowledgedState(Api viewer, List<Answer> acknowledged,
                                                                  Map<String, List<Answer>> byStream, long head)
            throws InterruptedException {
        Set<String> visits = new TreeSet<>();
        viewer.get(PATH + "/visits?minVersion=" + head).json().get("visits").forEach(v -> visits.add(v.get("visitId").asString()));
        assertThat(visits).as("visits").isEqualTo(named(acknowledged, "visit").map(a -> a.command().subject())
                                                          .collect(Collectors.toCollection(TreeSet::new)));
        Set<String> activities = new TreeSet<>();
        viewer.get(PATH + "/activities?minVersion=" + head).json().get("activities")
                .forEach(a -> activities.add(a.get("activityId").asString()));
        assertThat(activities).as("activities").isEqualTo(named(acknowledged, "activity").map(a -> a.command().subject())
                                                                  .collect(Collectors.toCollection(TreeSet::new)));

        Map<String, Answer> lastOfProblem = new TreeMap<>();
        Map<String, List<Answer>> reports = new TreeMap<>();
        byStream.values().forEach(stream -> {
            Answer last = stream.get(stream.size() - 1);
            if (PROBLEM_KINDS.contains(last.command().name())) {
                lastOfProblem.put(last.command().subject(), last);
            } else {
                reports.put(last.command().subject(), stream);
            }
        });
        Map<String, JsonNode> problems = Map.of();
        for (int wait = 0; wait < 100 && !caughtUp(problems, lastOfProblem); wait++) {
            Thread.sleep(100);
            problems = byId(viewer.get(PATH + "/problems").json().get("problems"), "problemId");
        }
        assertThat(problems.keySet()).as("the problems raised").isEqualTo(lastOfProblem.keySet());
        for (Answer last : lastOfProblem.values()) {
            JsonNode shown = problems.get(last.command().subject());
            assertThat(shown.get("status").asString()).as(last.toString()).isEqualTo(last.body().get("status").asString());
            assertThat(shown.get("history").size()).as("the steps of " + last).isEqualTo(last.version());
        }

        for (Map.Entry<String, List<Answer>> enterprise : reports.entrySet()) {
            List<String> expected = enterprise.getValue().stream()
                    .map(a -> new BigDecimal(String.valueOf(a.command().body().get("revenueCny"))).stripTrailingZeros().toPlainString())
                    .sorted().toList();
            List<String> shown = List.of();
            for (int wait = 0; wait < 100 && shown.size() < expected.size(); wait++) {
                shown = revisions(viewer, enterprise.getKey());
                if (shown.size() < expected.size()) {
                    Thread.sleep(100);
                }
            }
            assertThat(shown).as("the revisions of " + enterprise.getKey()).isEqualTo(expected);
        }
    }

    private static boolean caughtUp(Map<String, JsonNode> problems, Map<String, Answer> lastOfProblem) {
        return problems.keySet().equals(lastOfProblem.keySet()) && lastOfProblem.values().stream().allMatch(
                last -> problems.get(last.command().subject()).get("version").asLong() == last.version());
    }

    private static List<String> revisions(Api viewer, String enterprise) {
        List<String> values = new ArrayList<>();
        viewer.get("/api/enterprises/" + enterprise + "/indicators").json().get("years").forEach(year -> {
            if (year.get("year").asInt() == REPORTED_YEAR) {
                year.get("revisions").forEach(r -> values.add(r.get("revenueCny").decimalValue().stripTrailingZeros().toPlainString()));
            }
        });
        return values.stream().sorted().toList();
    }

    private static Stream<Answer> named(List<Answer> answers, String name) {
        return answers.stream().filter(a -> a.command().name().equals(name));
    }

    /** The body of the latest acknowledged answer about each application or motion. */
    private static Map<String, JsonNode> latestBy(List<Answer> acknowledged, String idField) {
        Map<String, JsonNode> latest = new HashMap<>();
        acknowledged.stream().filter(a -> a.body() != null && a.body().has(idField) && a.body().has("status"))
                .forEach(a -> latest.put(a.body().get(idField).asString(), a.body()));
        return latest;
    }

    private static Map<String, JsonNode> byId(JsonNode items, String idField) {
        Map<String, JsonNode> byId = new HashMap<>();
        items.forEach(item -> byId.put(item.get(idField).asString(), item));
        return byId;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Map<String, Object> founding() {
        List<Map<String, Object>> founders = new ArrayList<>();
        for (int i = 0; i < FOUNDERS; i++) {
            founders.add(Map.of("id", MEMBERS.get(i), "name", "成员企业 " + i, "industry", "食品"));
        }
        return Map.of("allianceId", ALLIANCE, "name", "兖州区食品药品产业链党建联盟", "industryChain", "food and drug",
                      "region", "兖州区", "leadingBodies", List.of("兖州区“两新”组织党工委"),
                      "charter", Map.of("votingRule", "SIMPLE_MAJORITY", "quorum", 0.5, "chairTermMonths", 2,
                                        "voteWindowDays", 14, "instructorsPerDepartment", QUOTA),
                      "foundingMembers", founders, "initialChair", MEMBERS.get(1));
    }

    private static Command application(String applicationId, String applicant) {
        return new Command("apply", PATH + "/applications", Map.of(
                "applicationId", applicationId, "statement", "申请入盟",
                "enterprise", Map.of("id", applicant, "name", "申请企业 " + applicationId, "industry", "预制菜")), applicationId);
    }

    private static Command vote(String applicationId, String voter, Random random, String meetingId) {
        String decision = List.of("FOR", "FOR", "AGAINST", "ABSTAIN").get(random.nextInt(4));
        Map<String, Object> body = new HashMap<>(Map.of("voter", voter, "decision", decision));
        if (meetingId != null) {
            body.put("meetingId", meetingId);
        }
        return new Command("vote", PATH + "/applications/" + applicationId + "/votes", body, applicationId);
    }

    /** A meeting today: votes, closes and handovers default to today, the day they may name it. */
    private static Command scheduling(String meetingId) {
        return new Command("schedule-meeting", PATH + "/meetings", Map.of(
                "meetingId", meetingId, "title", "产业链党建联盟联席会议 " + meetingId,
                "scheduledOn", BusinessCalendar.today().toString(), "agenda", List.of("入盟申请表决", "轮值交接", "除名动议")),
                meetingId);
    }

    private static Command departmentJoining(int d) {
        return new Command("join-department", PATH + "/departments", Map.of(
                "department", Map.of("id", DEPARTMENTS.get(d), "name", "兖州区委组织部 " + d)), DEPARTMENTS.get(d));
    }

    private static Command motion(String motionId, String subject) {
        return new Command("file-motion", PATH + "/motions", Map.of(
                "motionId", motionId, "kind", "EXPULSION", "subject", subject, "statement", "长期不参加联盟活动，提议除名"),
                motionId);
    }

    private static Command visit(String visitId, String enterprise, String department) {
        return new Command("visit", PATH + "/visits", Map.of("visitId", visitId, "visitor", Map.of("department", department),
                                                             "enterprise", enterprise, "notes", "走访了解融资需求"), visitId);
    }

    private static Command activity(String activityId, List<String> members, List<String> departments) {
        return new Command("activity", PATH + "/activities", Map.of(
                "activityId", activityId, "kind", "TRAINING", "title", "食品安全培训 " + activityId,
                "participants", Map.of("members", members, "departments", departments),
                "donationsCny", 5000, "beneficiaries", 40), activityId);
    }

    /** Raised at the visit recorded before the load. */
    private static Command raising(String problemId, String member) {
        return new Command("raise", PATH + "/problems", Map.of(
                "problemId", problemId, "raisedBy", member, "category", "FINANCING", "title", "流动资金短缺 " + problemId,
                "description", "扩产需要流动资金", "visitId", "visit-setup"), problemId);
    }

    private static Command assignment(String problemId, String department) {
        return new Command("assign", PATH + "/problems/" + problemId + "/assignment", Map.of(
                "department", department, "dueOn", BusinessCalendar.today().plusDays(30).toString()), problemId);
    }

    private static Command suspension(String member) {
        return new Command("suspend", PATH + "/members/" + member + "/suspension",
                           Map.of("reason", "整改期间暂停表决"), member);
    }

    private static String instructor(int department, int k) {
        return "instructor-" + department + "-" + k;
    }

    /** Members who may or may not be current when the appointment arrives (the expelled one among them). */
    private static String appointedTo(int department, int k) {
        return MEMBERS.get((department * 6 + k) % 18);
    }

    /** Never the member it was appointed to, so a posting always adds one. */
    private static String postedTo(int department, int k) {
        return MEMBERS.get((department * 6 + k + 5) % 18);
    }

    private static List<String> codes(String prefix, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> UnifiedSocialCreditCode.withCheckCharacter(prefix + String.format("%09d", 200_000 + i)))
                .toList();
    }
}
