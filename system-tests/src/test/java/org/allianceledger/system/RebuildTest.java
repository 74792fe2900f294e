package org.allianceledger.system;

import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Admins rebuild every read model from the event store while queries go on, and retry parked events. */
class RebuildTest {

    static final String ALLIANCE = "yanzhou-food-drug";
    static final List<String> READ_MODELS = List.of("alliance_view", "alliance_version_view", "member_view",
            "application_view", "application_vote_view", "chair_term_view", "deal_view", "zone_view",
            "zone_alliance_view", "rotation_plan_view", "member_suspension_view", "motion_view", "motion_vote_view",
            "application_recusal_view", "motion_recusal_view", "partner_department_view", "instructor_view",
            "instructor_posting_view", "meeting_view", "meeting_decision_view", "activity_view", "visit_view",
            "problem_view", "problem_step_view", "revenue_report_view");

    static ConfigurableApplicationContext commandService;
    static ConfigurableApplicationContext queryService;
    static JdbcTemplate jdbc;
    static long version;

    @BeforeAll
    static void start() {
        String database = TestDatabase.url("rebuild");
        jdbc = new JdbcTemplate(new DriverManagerDataSource(database, TestDatabase.USER, ""));
        commandService = Services.command(database);
        version = Scenario.yanzhou().apply(Services.api(commandService, "operator"),
                                           Set.of("found", "apply", "vote", "handover", "deal"));
        recordDiscipline(Services.api(commandService, "operator"));
        version = recordDealsWithAwkwardText(Services.api(commandService, "operator"));
        version = recordPartners(Services.api(commandService, "operator"));
        holdMeetingsWithAwkwardText(Services.api(commandService, "operator"));
        recordActivitiesWithAwkwardText(Services.api(commandService, "operator"));
        recordLedgerWithAwkwardText(Services.api(commandService, "operator"));
        reportRevenueWithRevisions(Services.api(commandService, "operator"));
        version = joinAZone(Services.api(commandService, "operator"));
        queryService = Services.query(database, "--alliance.rebuild.check-interval=100ms");
    }

    /** Text a rebuild's COPY must carry as it is: quotes, commas, backslashes, COPY's own null marker. */
    static long recordDealsWithAwkwardText(Api operator) {
        Scenario yanzhou = Scenario.yanzhou();
        List<Map<String, Object>> deals = List.of(
                Map.of("dealId", "awkward-1", "from", yanzhou.id("yihai"), "to", yanzhou.id("haiyu"), "kind", "SUPPLY",
                       "subject", "\"面粉\", 小麦粉, \\N \\ 🤝 ,,\"\"",
                       "quantity", Map.of("amount", new java.math.BigDecimal("0.000001"), "unit", "kg"),
                       "valueCny", new java.math.BigDecimal("999999999999999.99"), "brokeredBy", "\\N"),
                Map.of("dealId", "awkward-2", "from", yanzhou.id("haiyu"), "to", yanzhou.id("yihai"), "kind", "OTHER",
                       "subject", " NULL ", "valueCny", new java.math.BigDecimal("1E+3"), "brokeredBy", "\"党工委\""));
        long last = 0;
        for (Map<String, Object> deal : deals) {
            Api.Response recorded = operator.post("/api/alliances/" + ALLIANCE + "/deals", deal);
            assertThat(recorded.status()).isEqualTo(201);
            last = recorded.json().get("version").asLong();
        }
        return last;
    }

    /** A visit and a problem raised on it (its own stream), assigned, noted, resolved: awkward text again. */
    static void recordLedgerWithAwkwardText(Api operator) {
        Scenario yanzhou = Scenario.yanzhou();
        String alliance = "/api/alliances/" + ALLIANCE;
        assertThat(operator.post(alliance + "/visits", Map.of(
                "visitId", "v-rebuild", "visitor", Map.of("department", "11370812YKY0WCH4RR"),
                "enterprise", yanzhou.id("yihai"), "visitedOn", "2023-06-02", "notes", "走访, \"纪要\"\r\n\\N"))
                           .status()).isEqualTo(201);
        assertThat(operator.post(alliance + "/problems", Map.of(
                "problemId", "p-rebuild", "raisedBy", yanzhou.id("yihai"), "raisedOn", "2023-06-02",
                "category", "FINANCING", "title", "\"融资\", 难 \\N", "description", " NULL \t,,", "visitId", "v-rebuild"))
                           .status()).isEqualTo(201);
        List<Map.Entry<String, Map<String, Object>>> steps = List.of(
                Map.entry("/assignment", Map.of("department", "11370812YKY0WCH4RR", "assignedOn", "2023-06-03",
                                                // ahead, so that no overdue races the resolution
                                                "dueOn", BusinessCalendar.today().plusMonths(1).toString())),
                Map.entry("/progress", Map.of("note", "进展：\"对接\", 银行", "on", "2023-06-10")),
                Map.entry("/resolution", Map.of("result", "办结\\N", "resolvedOn", "2023-06-20")));
        for (Map.Entry<String, Map<String, Object>> step : steps) {
            Api.Response answer = operator.post(alliance + "/problems/p-rebuild" + step.getKey(), step.getValue());
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        }
    }

    /** Revenue reports in the enterprises' own streams: a revision, a confidential one, text COPY must carry as is. */
    static void reportRevenueWithRevisions(Api operator) {
        Scenario yanzhou = Scenario.yanzhou();
        List<Object[]> reports = List.of(
                new Object[] {"baixiang", 2021, Map.of("revenueCny", 617107000, "reportedOn", "2023-01-31", "disclosure", "PUBLIC")},
                new Object[] {"baixiang", 2022, Map.of("revenueCny", 1031000000, "reportedOn", "2023-01-31", "disclosure", "PUBLIC")},
                new Object[] {"baixiang", 2022, Map.of("revenueCny", new java.math.BigDecimal("1031000000.01"),
                                                       "reportedOn", "2023-04-30", "source", "\\N, \"更正\"",
                                                       "note", "修订\r\n含子公司")},
                new Object[] {"yihai", 2022, Map.of("revenueCny", new java.math.BigDecimal("999999999999999.99"),
                                                    "reportedOn", "2023-01-31", "disclosure", "CONFIDENTIAL")});
        for (Object[] report : reports) {
            Api.Response reported = operator.send(operator.request("/api/enterprises/" + yanzhou.id((String) report[0])
                                                                   + "/indicators/" + report[1])
                    .header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(report[2]))));
            assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
        }
    }

    /** A zone (its own stream in the event store) that the alliance joins today: the rebuild replays both. */
    static long joinAZone(Api operator) {
        assertThat(operator.post("/api/zones", Map.of("zoneId", "jibei", "name", "济北经济开发区", "region", "济阳区, 济南市",
                                                      "committee", "济北经济开发区党工委", "foundedOn", "2021-03-01"))
                           .status()).isEqualTo(201);
        Api.Response joined = operator.post("/api/zones/jibei/alliances", Map.of("allianceId", ALLIANCE));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        return joined.json().get("version").asLong();
    }

    /**
     * A second alliance with a rotation plan and a handover off it, a lifted suspension, a recusal, and an
     * expulsion decided by votes cast at a joint meeting: every read model of part two's discipline gets rows, and the
     * meeting's decisions the motion's votes and its decision.
     */
    static long recordDiscipline(Api operator) {
        Scenario yanzhou = Scenario.yanzhou();
        String a = "/api/alliances/discipline-case";
        String yihai = yanzhou.id("yihai");
        String baixiang = yanzhou.id("baixiang");
        String haiyu = yanzhou.id("haiyu");
        String yingyuan = yanzhou.id("yingyuan");
        List<Map<String, Object>> founders = List.of(Map.of("id", yihai, "name", "益海嘉里", "industry", "粮油"),
                                                     Map.of("id", baixiang, "name", "白象食品", "industry", "方便面"),
                                                     Map.of("id", haiyu, "name", "海宇", "industry", "食品"));
        assertThat(operator.post("/api/alliances", Map.of("allianceId", "discipline-case", "name", "纪律测试联盟",
                "industryChain", "food", "region", "兖州区", "foundedOn", "2022-04-21", "leadingBodies", List.of("党工委"),
                "charter", Map.of("votingRule", "SIMPLE_MAJORITY", "quorum", 0.5, "chairTermMonths", 2, "voteWindowDays", 14),
                "foundingMembers", founders, "initialChair", baixiang)).status()).isEqualTo(201);
        Api.Response planned = operator.send(operator.request(a + "/rotation/plan").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(
                        Map.of("order", List.of(baixiang, haiyu, yihai), "note", "按章程轮值")))));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(200);
        List<Object[]> steps = List.of(
                new Object[] {"/rotation/plan/swaps", Map.of("first", haiyu, "second", yihai, "note", "错峰")},
                new Object[] {"/rotation/handovers", Map.of("from", baixiang, "to", haiyu, "effectiveOn", "2022-06-21",
                                                             "note", "益海嘉里检修停产")},
                new Object[] {"/members/" + yihai + "/suspension", Map.of("from", "2022-07-01", "reason", "拖欠会费, \\N \"")},
                new Object[] {"/members/" + yihai + "/suspension/lift", Map.of("effectiveOn", "2022-07-10")},
                new Object[] {"/applications", Map.of("applicationId", "app-yy", "filedOn", "2022-07-20",
                        "enterprise", Map.of("id", yingyuan, "name", "櫻源有限公司", "industry", "预制菜"))},
                new Object[] {"/applications/app-yy/recusals", Map.of("voter", yihai, "reason", "关联企业", "recusedOn", "2022-07-21")},
                new Object[] {"/applications/app-yy/votes", Map.of("voter", baixiang, "decision", "FOR", "castOn", "2022-07-22")},
                new Object[] {"/applications/app-yy/votes", Map.of("voter", haiyu, "decision", "FOR", "castOn", "2022-07-22")},
                new Object[] {"/motions", Map.of("motionId", "m-1", "kind", "EXPULSION", "subject", yihai,
                                                 "filedOn", "2022-08-01", "statement", "多次违反联盟章程")},
                new Object[] {"/motions/m-1/recusals", Map.of("voter", yingyuan, "reason", "新成员回避", "recusedOn", "2022-08-02")},
                new Object[] {"/meetings", Map.of("meetingId", "mt-expulsion", "title", "联席会：除名动议",
                                                  "scheduledOn", "2022-08-03")},
                new Object[] {"/motions/m-1/votes", Map.of("voter", baixiang, "decision", "FOR", "castOn", "2022-08-03",
                                                           "meetingId", "mt-expulsion")},
                new Object[] {"/motions/m-1/votes", Map.of("voter", haiyu, "decision", "FOR", "castOn", "2022-08-03",
                                                           "meetingId", "mt-expulsion")});
        long last = 0;
        for (Object[] step : steps) {
            Api.Response answered = operator.post(a + step[0], step[1]);
            assertThat(answered.status()).as(step[0] + ": " + answered).isBetween(200, 201);
            last = answered.json().get("version").asLong();
        }
        return last;
    }

    /** Departments and instructors with every kind of period end: a posting ended, a recall, a withdrawal. */
    static long recordPartners(Api operator) {
        Scenario yanzhou = Scenario.yanzhou();
        String alliance = "/api/alliances/" + ALLIANCE;
        List<Map.Entry<String, Map<String, Object>>> commands = List.of(
                Map.entry("/departments", Map.of("department", Map.of("id", "11370812YKY0WCH4RR", "name", "兖州区市场监督管理局"),
                                                 "joinedOn", "2022-04-21")),
                Map.entry("/departments", Map.of("department", Map.of("id", "113708126WF9BMNNJW", "name", "兖州区制造强市指挥部"),
                                                 "joinedOn", "2022-04-21")),
                Map.entry("/instructors", Map.of("instructorId", "zhang", "name", "张迁", "department", "11370812YKY0WCH4RR",
                                                 "enterprises", List.of(yanzhou.id("yihai"), yanzhou.id("haiyu")),
                                                 "appointedOn", "2022-05-01")),
                Map.entry("/instructors", Map.of("instructorId", "li", "name", "李指导员", "department", "113708126WF9BMNNJW",
                                                 "enterprises", List.of(yanzhou.id("yihai")), "appointedOn", "2022-05-01")),
                Map.entry("/instructors/zhang/postings/" + yanzhou.id("haiyu") + "/end", Map.of("effectiveOn", "2022-10-01")),
                Map.entry("/departments/113708126WF9BMNNJW/withdrawal", Map.of("effectiveOn", "2022-12-31")));
        long last = 0;
        for (Map.Entry<String, Map<String, Object>> command : commands) {
            Api.Response answer = operator.post(alliance + command.getKey(), command.getValue());
            assertThat(answer.status()).as(answer.toString()).isBetween(200, 201);
            last = answer.json().get("version").asLong();
        }
        return last;
    }

    /** A meeting held with a vote cast at it, and one cancelled: text with quotes, backslashes and line breaks. */
    static long holdMeetingsWithAwkwardText(Api operator) {
        Scenario yanzhou = Scenario.yanzhou();
        String meetings = "/api/alliances/" + ALLIANCE + "/meetings";
        List<Map<String, Object>> steps = List.of(
                Map.of("meetingId", "m-rebuild", "title", "\"联席会\", 第二次 \\N", "scheduledOn", "2023-06-01",
                       "agenda", List.of("议题 \"一\"", "\\N", " NULL ")),
                Map.of("meetingId", "m-cancelled", "title", "联席会（取消）", "scheduledOn", "2023-08-01"));
        for (Map<String, Object> step : steps) {
            assertThat(operator.post(meetings, step).status()).isEqualTo(201);
        }
        assertThat(operator.post("/api/alliances/" + ALLIANCE + "/applications", Map.of(
                "applicationId", "app-rebuild", "filedOn", "2023-05-20",
                "enterprise", Map.of("id", "91370812MA3RBLD013", "name", "重建测试企业"))).status()).isEqualTo(201);
        assertThat(operator.post(meetings + "/m-rebuild/record", Map.of(
                "attendees", Map.of("members", List.of(yanzhou.id("yihai"), yanzhou.id("haiyu")),
                                    "departments", List.of("11370812YKY0WCH4RR")),
                "minutes", "纪要：\r\n\"逗号,引号\"\t\\N")).status()).isEqualTo(200);
        assertThat(operator.post("/api/alliances/" + ALLIANCE + "/applications/app-rebuild/votes", Map.of(
                "voter", yanzhou.id("yihai"), "decision", "FOR", "castOn", "2023-06-01", "meetingId", "m-rebuild"))
                .status()).isEqualTo(200);
        Api.Response cancelled = operator.post(meetings + "/m-cancelled/cancellation", Map.of("reason", "改期, \"另行通知\""));
        assertThat(cancelled.status()).isEqualTo(200);
        return cancelled.json().get("version").asLong();
    }

    /**
     * Activities with quotes, commas, backslashes and COPY's null marker in their titles, the largest donation the door
     * takes, none at all, and a department that withdrew since (it was a partner on the day).
     */
    static long recordActivitiesWithAwkwardText(Api operator) {
        Scenario yanzhou = Scenario.yanzhou();
        String activities = "/api/alliances/" + ALLIANCE + "/activities";
        List<Map<String, Object>> steps = List.of(
                Map.of("activityId", "act-awkward", "kind", "PUBLIC_WELFARE", "title", "\"助学\", 兴教, \\N \\ 🤝 ,,\"\"",
                       "heldOn", "2022-06-01",
                       "participants", Map.of("members", List.of(yanzhou.id("yihai"), yanzhou.id("haiyu")),
                                              "departments", List.of("11370812YKY0WCH4RR", "113708126WF9BMNNJW")),
                       "donationsCny", new java.math.BigDecimal("999999999999999.99"), "beneficiaries", 0),
                Map.of("activityId", "act-null", "kind", "EXPERT_CONSULTATION", "title", "\\N", "heldOn", "2023-02-01"));
        long last = 0;
        for (Map<String, Object> step : steps) {
            Api.Response recorded = operator.post(activities, step);
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
            last = recorded.json().get("version").asLong();
        }
        return last;
    }

    @AfterAll
    static void stop() {
        queryService.close();
        commandService.close();
    }

    Api admin() {
        return Services.api(queryService, "admin");
    }

    /** Every row of every read model, as queries see them, in a stable order. */
    static Map<String, List<String>> dump() {
        Map<String, List<String>> rows = new java.util.TreeMap<>();
        for (String table : READ_MODELS) {
            rows.put(table, jdbc.queryForList("SELECT t::text FROM public." + table + " t ORDER BY t::text", String.class));
        }
        return rows;
    }

    /** Until the event store's head has not moved for a second and the projections have applied it. */
    void awaitQuiet() throws InterruptedException {
        long head = -1;
        for (int i = 0; i < 100; i++) {
            JsonNode projection = admin().get("/api/admin/projections").json().get("projections").get(0);
            long now = projection.get("head").asLong();
            if (now == head && projection.get("lag").asLong() == 0) {
                return;
            }
            head = now;
            Thread.sleep(1000);
        }
        throw new AssertionError("The event store kept moving");
    }

    static List<String> indexes(String schema) {
        return jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE schemaname = ? ORDER BY indexname",
                                 String.class, schema);
    }

    JsonNode awaitRebuilt(String from) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JsonNode projection = admin().get("/api/admin/projections").json().get("projections").get(0);
            if (!projection.get("readFrom").asString().equals(from) && !projection.has("building")) {
                return projection;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The rebuild did not finish within 30 s");
    }

    @Test
    void aRebuildReproducesEveryReadModelWhileQueriesGoOn() throws Exception {
        Api viewer = Services.api(queryService, "viewer");
        viewer.get("/api/alliances/" + ALLIANCE + "?minVersion=" + version);
        awaitQuiet(); // chair terms that ran over are recorded by deadlines, a moment after the commands
        Map<String, List<String>> before = dump();
        assertThat(before.get("member_view")).hasSizeGreaterThanOrEqualTo(11);
        assertThat(before.get("zone_alliance_view")).hasSize(1);
        assertThat(before.get("revenue_report_view")).hasSize(4);
        for (String discipline : List.of("rotation_plan_view", "member_suspension_view", "motion_view", "motion_vote_view",
                                         "application_recusal_view", "motion_recusal_view")) {
            assertThat(before.get(discipline)).as(discipline).isNotEmpty();
        }
        assertThat(before.get("instructor_posting_view")).hasSize(3);
        assertThat(before.get("visit_view")).hasSize(1);
        assertThat(before.get("problem_view")).hasSize(1);
        assertThat(before.get("problem_step_view")).hasSize(4);
        assertThat(before.get("meeting_decision_view")).as("the expulsion decided at a meeting")
                .anyMatch(row -> row.contains(",MOTION_DECIDED,"));

        JsonNode status = admin().get("/api/admin/projections").json().get("projections").get(0);
        assertThat(status.get("rebuildProgress").asInt()).isEqualTo(100);
        assertThat(status.get("lag").asLong()).isNotNegative();
        assertThat(status.get("head").asLong()).isPositive();
        String readFrom = status.get("readFrom").asString();

        AtomicBoolean rebuilding = new AtomicBoolean(true);
        List<Integer> memberCounts = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (rebuilding.get()) {
                memberCounts.add(viewer.get("/api/alliances/" + ALLIANCE + "/members").json().get("count").asInt());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        reader.start();
        Api.Response accepted = admin().post("/api/admin/projections/rebuild");
        assertThat(accepted.status()).isEqualTo(202);
        JsonNode rebuilt = awaitRebuilt(readFrom);
        rebuilding.set(false);
        reader.join();

        assertThat(rebuilt.get("rebuildProgress").asInt()).isEqualTo(100);
        assertThat(indexes(rebuilt.get("readFrom").asString())).as("secondary indexes rebuilt before the switch")
                .isEqualTo(indexes(readFrom)).contains("deal_view_provider", "member_view_current");
        assertThat(memberCounts).isNotEmpty().containsOnly(11);
        assertThat(dump()).isEqualTo(before);
        JsonNode awkward = deal(viewer, "awkward-1");
        assertThat(awkward.get("subject").asString()).isEqualTo("\"面粉\", 小麦粉, \\N \\ 🤝 ,,\"\"");
        assertThat(awkward.get("brokeredBy").isString()).as("the text \\N, not null").isTrue();
        assertThat(awkward.get("brokeredBy").asString()).isEqualTo("\\N");
        assertThat(awkward.get("valueCny").decimalValue()).isEqualByComparingTo("999999999999999.99");
        assertThat(awkward.get("quantity").get("amount").decimalValue()).isEqualByComparingTo("0.000001");
        assertThat(deal(viewer, "awkward-2").get("subject").asString()).isEqualTo(" NULL ");
        JsonNode activities = viewer.get("/api/alliances/" + ALLIANCE + "/activities").json().get("activities");
        assertThat(activities.get(0).get("title").asString()).isEqualTo("\"助学\", 兴教, \\N \\ 🤝 ,,\"\"");
        assertThat(activities.get(0).get("donationsCny").decimalValue()).isEqualByComparingTo("999999999999999.99");
        assertThat(activities.get(0).get("beneficiaries").asInt()).isZero();
        assertThat(activities.get(0).at("/participants/departments/1/id").asString()).isEqualTo("113708126WF9BMNNJW");
        assertThat(activities.get(1).get("title").asString()).as("the text \\N, not null").isEqualTo("\\N");
        assertThat(activities.get(1).has("donationsCny")).as("no donations given").isFalse();

        // and back again into the first copy
        admin().post("/api/admin/projections/rebuild");
        awaitRebuilt(rebuilt.get("readFrom").asString());
        assertThat(dump()).isEqualTo(before);
        assertThat(viewer.post("/api/admin/projections/rebuild").status()).isEqualTo(403);
        assertThat(viewer.get("/api/admin/projections").status()).isEqualTo(403);
    }

    @Test
    void aPoisonedEventIsParkedTheRestGoesOnAndARetryDeliversIt() throws Exception {
        Api operator = Services.api(commandService, "operator");
        Api viewer = Services.api(queryService, "viewer");
        for (String schema : List.of("read_a", "read_b")) {
            jdbc.execute("ALTER TABLE " + schema + ".deal ADD CONSTRAINT no_poison CHECK (subject <> '毒 poison')");
        }
        Scenario yanzhou = Scenario.yanzhou();
        Api.Response poisoned = operator.post("/api/alliances/" + ALLIANCE + "/deals", Map.of(
                "dealId", "deal-poison", "from", yanzhou.id("yihai"), "to", yanzhou.id("haiyu"), "kind", "OTHER",
                "subject", "毒 poison"));
        assertThat(poisoned.status()).isEqualTo(201);
        // another alliance goes on being projected
        Api.Response other = operator.post("/api/alliances", Map.of(
                "allianceId", "jibei-food", "name", "济北经济开发区食品饮料产业联盟", "industryChain", "food and beverage",
                "region", "济北经济开发区", "foundedOn", org.allianceledger.platform.domain.BusinessCalendar.today().toString(),
                "charter", Map.of("votingRule", "SIMPLE_MAJORITY", "quorum", 0.5, "chairTermMonths", 2, "voteWindowDays", 14),
                "foundingMembers", List.of(Map.of("id", yanzhou.id("yihai"), "name", "益海嘉里"),
                                           Map.of("id", yanzhou.id("baixiang"), "name", "白象食品")),
                "initialChair", yanzhou.id("baixiang")));
        JsonNode jibei = viewer.get("/api/alliances/jibei-food?minVersion=" + other.json().get("version").asLong()).json();
        assertThat(jibei.get("name").asString()).isEqualTo("济北经济开发区食品饮料产业联盟");

        JsonNode parked = awaitParked();
        assertThat(parked.get("deadLetters").get(0).get("type").asString()).isEqualTo("DealRecorded");
        assertThat(parked.get("deadLetters").get(0).get("allianceId").asString()).isEqualTo(ALLIANCE);
        assertThat(parked.get("deadLetters").get(0).get("causeMessage").asString()).contains("no_poison");
        assertThat(admin().post("/api/admin/dead-letters/retry").json().get("remaining").asInt())
                .as("still poisoned").isPositive();

        for (String schema : List.of("read_a", "read_b")) {
            jdbc.execute("ALTER TABLE " + schema + ".deal DROP CONSTRAINT no_poison");
        }
        JsonNode retried = admin().post("/api/admin/dead-letters/retry").json();
        assertThat(retried.get("processed").asInt()).isPositive();
        assertThat(retried.get("remaining").asInt()).isZero();
        assertThat(viewer.get("/api/alliances/" + ALLIANCE + "/deals?kind=OTHER").json().toString()).contains("deal-poison");
    }

    @Test
    void anEventARebuildCannotApplyIsParkedAndTheRebuildFinishes() throws Exception {
        Api operator = Services.api(commandService, "operator");
        Api viewer = Services.api(queryService, "viewer");
        Scenario yanzhou = Scenario.yanzhou();
        long recorded = operator.post("/api/alliances/" + ALLIANCE + "/deals", Map.of(
                "dealId", "deal-replay-poison", "from", yanzhou.id("yihai"), "to", yanzhou.id("haiyu"), "kind", "OTHER",
                "subject", "毒 replay")).json().get("version").asLong();
        viewer.get("/api/alliances/" + ALLIANCE + "?minVersion=" + recorded);
        awaitQuiet();
        Map<String, List<String>> before = dump();
        JsonNode status = admin().get("/api/admin/projections").json().get("projections").get(0);
        String readFrom = status.get("readFrom").asString();
        String target = readFrom.equals("read_a") ? "read_b" : "read_a";
        // only the copy being built refuses the deal: it was applied live, and a replay cannot apply it
        jdbc.execute("ALTER TABLE " + target + ".deal ADD CONSTRAINT replay_poison CHECK (subject <> '毒 replay') NOT VALID");
        try {
            admin().post("/api/admin/projections/rebuild");
            awaitRebuilt(readFrom);
            JsonNode parked = awaitParked();
            assertThat(parked.get("deadLetters").get(0).get("type").asString()).isEqualTo("DealRecorded");
            assertThat(parked.get("deadLetters").get(0).get("causeMessage").asString()).contains("replay_poison");
            assertThat(viewer.get("/api/alliances/" + ALLIANCE + "/deals?kind=OTHER").json().toString())
                    .doesNotContain("deal-replay-poison");
        } finally {
            jdbc.execute("ALTER TABLE " + target + ".deal DROP CONSTRAINT replay_poison");
        }
        JsonNode retried = admin().post("/api/admin/dead-letters/retry").json();
        assertThat(retried.get("processed").asInt()).isPositive();
        assertThat(retried.get("remaining").asInt()).isZero();
        assertThat(dump()).isEqualTo(before);
    }

    static JsonNode deal(Api viewer, String dealId) {
        for (JsonNode deal : viewer.get("/api/alliances/" + ALLIANCE + "/deals?size=500").json().get("deals")) {
            if (deal.get("dealId").asString().equals(dealId)) {
                return deal;
            }
        }
        throw new AssertionError("No deal " + dealId);
    }

    JsonNode awaitParked() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonNode letters = admin().get("/api/admin/dead-letters").json();
            if (letters.get("count").asInt() > 0) {
                return letters;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Nothing was parked within 10 s");
    }
}
