package org.allianceledger.system;

import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Auditors read the Yanzhou case's history from the event store: pages, filters, exports and the timeline. */
class AuditTest {

    static final String ALLIANCE = "yanzhou-food-drug";
    static final String EVENTS = "/api/audit/alliances/" + ALLIANCE + "/events";
    static final Scenario SCENARIO = Scenario.yanzhou();

    static ConfigurableApplicationContext commandService;
    static ConfigurableApplicationContext queryService;
    static long stored;

    @BeforeAll
    static void start() {
        String database = TestDatabase.url("audit");
        commandService = Services.command(database);
        SCENARIO.apply(Services.api(commandService, "operator"), Set.of("found", "apply", "vote", "handover", "deal"));
        RebuildTest.joinAZone(Services.api(commandService, "operator"));
        queryService = Services.query(database);
        stored = new JdbcTemplate(new DriverManagerDataSource(database, TestDatabase.USER, ""))
                .queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, ALLIANCE);
    }

    @AfterAll
    static void stop() {
        queryService.close();
        commandService.close();
    }

    Api auditor() {
        return Services.api(queryService, "auditor");
    }

    /** Every event, through the cursor, a page of ten at a time. */
    List<JsonNode> allPages() {
        List<JsonNode> events = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = auditor().get(EVENTS + "?limit=10" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("events").forEach(events::add);
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);
        return events;
    }

    @Test
    void theHistoryIsTheEventStoreOldestFirstPageByPage() {
        List<JsonNode> events = allPages();
        assertThat(events).hasSize((int) stored);
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).get("sequence").asLong()).isEqualTo(i);
        }
        JsonNode founded = events.get(0);
        assertThat(founded.get("type").asString()).isEqualTo("AllianceFounded");
        assertThat(founded.get("businessDate").asString()).isEqualTo("2022-04-21");
        assertThat(founded.get("submittedBy").asString()).isEqualTo("operator");
        assertThat(founded.get("correlationId").asString()).isNotBlank();
        assertThat(founded.get("causationId").asString()).isNotBlank();
        assertThat(founded.get("payload").get("name").asString()).isEqualTo("兖州区食品药品产业链党建联盟");
        assertThat(founded.get("recordedAt").asString()).endsWith("Z");
    }

    @Test
    void theHistoryFiltersByTypeAndRecordedTime() {
        JsonNode votes = auditor().get(EVENTS + "?type=VoteCast&limit=1000").json();
        assertThat(votes.get("count").asInt()).isEqualTo(19);
        JsonNode decisions = auditor().get(EVENTS + "?type=ApplicationApproved,MemberAdmitted").json();
        assertThat(decisions.get("count").asInt()).isEqualTo(4);

        List<JsonNode> events = allPages();
        String tenth = events.get(10).get("recordedAt").asString();
        JsonNode fromTenth = auditor().get(EVENTS + "?limit=1000&from=" + tenth).json();
        assertThat(fromTenth.get("events").get(0).get("sequence").asLong()).isLessThanOrEqualTo(10);
        JsonNode beforeTenth = auditor().get(EVENTS + "?limit=1000&to=" + tenth).json();
        assertThat(beforeTenth.get("count").asInt() + fromTenth.get("count").asInt()).isEqualTo(events.size());
        assertThat(auditor().get(EVENTS + "?from=yesterday").json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(auditor().get(EVENTS + "?cursor=x").status()).isEqualTo(400);
        assertThat(auditor().get("/api/audit/alliances/nowhere/events").status()).isEqualTo(404);
    }

    @Test
    void ndjsonAndCsvExportsHoldTheSameHistory() {
        List<JsonNode> events = allPages();
        Api auditor = auditor();
        Api.Response ndjson = auditor.send(auditor.request(EVENTS).header("Accept", "application/x-ndjson").GET());
        assertThat(ndjson.header("Content-Type")).startsWith("application/x-ndjson");
        String[] lines = ndjson.body().split("\n");
        assertThat(lines).hasSize(events.size());
        for (int i = 0; i < lines.length; i++) {
            assertThat(Api.JSON.readTree(lines[i])).isEqualTo(events.get(i));
        }

        Api.Response csv = auditor.send(auditor.request(EVENTS).header("Accept", "text/csv").GET());
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.raw().body()).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records;
        try {
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.body().substring(1))).getRecords();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(records).hasSize(events.size());
        for (int i = 0; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            JsonNode event = events.get(i);
            assertThat(record.get("sequence")).isEqualTo(event.get("sequence").asString());
            assertThat(record.get("type")).isEqualTo(event.get("type").asString());
            assertThat(record.get("submittedBy")).isEqualTo(event.get("submittedBy").asString());
            assertThat(Api.JSON.readTree(record.get("payload"))).isEqualTo(event.get("payload"));
        }
        assertThat(csv.body()).contains("山东育达健康科技股份有限公司", "\"\"name\"\":\"\"櫻源有限公司\"\"");
        Api.Response filtered = auditor.send(auditor.request(EVENTS + "?type=MemberAdmitted")
                                                     .header("Accept", "application/x-ndjson").GET());
        assertThat(filtered.body().split("\n")).hasSize(2);
    }

    /** A zone is its own stream: its founding is in the zone's audit, the alliance's joining in the alliance's. */
    @Test
    void aZonesAuditHoldsItsFoundingAndTheAlliancesAuditItsJoining() {
        JsonNode zone = auditor().get("/api/audit/zones/jibei/events").json();
        assertThat(zone.get("events").findValuesAsString("type")).containsExactly("ZoneFounded");
        JsonNode founded = zone.get("events").get(0);
        assertThat(founded.get("businessDate").asString()).isEqualTo("2021-03-01");
        assertThat(founded.get("submittedBy").asString()).isEqualTo("operator");
        assertThat(founded.get("payload").get("committee").asString()).isEqualTo("济北经济开发区党工委");
        assertThat(auditor().get(EVENTS + "?type=AllianceJoinedZone").json().get("count").asInt()).isEqualTo(1);
        assertThat(auditor().get("/api/audit/zones/" + ALLIANCE + "/events").json().get("code").asString())
                .isEqualTo("ZONE_NOT_FOUND");
    }

    @Test
    void onlyAuditorsAndAdminsReadTheAuditTrail() {
        assertThat(Services.api(queryService, "viewer").get(EVENTS).status()).isEqualTo(403);
        assertThat(Services.api(queryService, "operator").get(EVENTS).status()).isEqualTo(403);
        assertThat(Services.api(queryService, "admin").get(EVENTS).status()).isEqualTo(200);
        assertThat(Api.at(((org.springframework.boot.web.server.context.WebServerApplicationContext) queryService)
                                  .getWebServer().getPort()).get(EVENTS).status()).isEqualTo(401);
    }

    @Test
    void theMembershipTimelineShowsJoinsWithTheirVotes() {
        JsonNode timeline = auditor().get("/api/audit/alliances/" + ALLIANCE + "/membership-timeline").json();
        JsonNode changes = timeline.get("changes");
        assertThat(changes).hasSize(11);
        assertThat(changes.get(0).get("admittedBy").asString()).isEqualTo("FOUNDING");
        JsonNode member10 = changes.get(9);
        assertThat(member10.get("enterpriseId").asString()).isEqualTo(SCENARIO.id("member10"));
        assertThat(member10.get("businessDate").asString()).isEqualTo("2022-08-05");
        assertThat(member10.get("decision").get("tally").toString())
                .isEqualTo("{\"for\":8,\"against\":0,\"abstain\":1,\"eligible\":9}");
        assertThat(member10.get("decision").get("votes")).hasSize(9);
        JsonNode yingyuan = changes.get(10);
        assertThat(yingyuan.get("name").asString()).isEqualTo("櫻源有限公司");
        assertThat(yingyuan.get("decision").get("votes")).hasSize(10);
        assertThat(yingyuan.get("decision").get("votes").get(9).get("voterName").asString()).isEqualTo("成员企业十（未具名）");
        assertThat(yingyuan.get("decision").get("closure").asString()).isEqualTo("ALL_VOTED");
    }
}
