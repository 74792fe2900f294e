package org.allianceledger.query.audit;

import org.allianceledger.events.ZoneFounded;
import org.allianceledger.events.ZoneStream;
import org.allianceledger.platform.messaging.LedgerMetaData;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.query.QueryServiceApplication;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.founded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A zone's own history (its stream {@code zone:<zoneId>} in the real event store) over real HTTP: a JSON page, the
 * CSV and NDJSON exports, the filters, and a zone the store does not hold.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = QueryServiceApplication.CONFIG_NAMES)
class ZoneAuditApiTest {

    static final String NAME = "济北经济开发区";
    static final String COMMITTEE = "济北经济开发区党工委";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerOnEventStore(registry, "zone_audit");
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    Api auditor;
    String zone;
    String events;

    /** A zone founded as command-service would store it, and an alliance sharing its slug (decision 14). */
    @BeforeEach
    void aZoneFoundedBesideAnAllianceOfTheSameSlug() {
        auditor = Api.at(port).as("auditor");
        zone = "z-" + UUID.randomUUID();
        events = "/api/audit/zones/" + zone + "/events";
        eventStore.publish(new GenericDomainEventMessage<>(
                "Zone", ZoneStream.of(zone), 0,
                new ZoneFounded(zone, NAME, "济阳区, 济南市, 山东省", COMMITTEE, LocalDate.of(2021, 3, 1)),
                Map.of(LedgerMetaData.SUBMITTED_BY, "operator", LedgerMetaData.CORRELATION_ID, "c-zone",
                       LedgerMetaData.CAUSATION_ID, "c-zone")));
        eventStore.publish(new GenericDomainEventMessage<>("Alliance", zone, 0, founded(zone, YIHAI)));
    }

    @Test
    void theZonesHistoryIsItsOwnStreamAsAJsonPage() {
        JsonNode page = auditor.get(events).json();
        assertThat(page.get("zoneId").asString()).isEqualTo(zone);
        assertThat(page.get("count").asInt()).isEqualTo(1);
        assertThat(page.get("next").isNull()).isTrue();
        JsonNode founding = page.get("events").get(0);
        assertThat(founding.get("sequence").asLong()).isZero();
        assertThat(founding.get("type").asString()).isEqualTo("ZoneFounded");
        assertThat(founding.get("businessDate").asString()).isEqualTo("2021-03-01");
        assertThat(founding.get("recordedAt").asString()).endsWith("Z");
        assertThat(founding.get("submittedBy").asString()).isEqualTo("operator");
        assertThat(founding.get("correlationId").asString()).isEqualTo("c-zone");
        assertThat(founding.get("payload").get("name").asString()).isEqualTo(NAME);
        assertThat(founding.get("payload").get("committee").asString()).isEqualTo(COMMITTEE);
    }

    @Test
    void theAllianceOfTheSameSlugKeepsItsOwnHistory() {
        JsonNode alliance = auditor.get("/api/audit/alliances/" + zone + "/events").json();
        assertThat(alliance.get("events").findValuesAsString("type")).containsExactly("AllianceFounded");
    }

    @Test
    void aFullPageNamesTheNextCursorAndTheCursorReadsOnFromIt() {
        JsonNode first = auditor.get(events + "?limit=1").json();
        assertThat(first.get("next").asString()).isEqualTo("0");
        JsonNode rest = auditor.get(events + "?limit=1&cursor=0").json();
        assertThat(rest.get("count").asInt()).isZero();
        assertThat(rest.get("next").isNull()).isTrue();
    }

    @Test
    void theHistoryFiltersByTypeAndRecordedTime() {
        assertThat(count("?type=ZoneFounded")).isEqualTo(1);
        assertThat(count("?type=AllianceJoinedZone,AllianceFounded")).isZero();
        Instant inAnHour = Instant.now().plus(1, ChronoUnit.HOURS);
        assertThat(count("?from=" + inAnHour)).isZero();
        assertThat(count("?to=" + inAnHour)).isEqualTo(1);
        assertThat(count("?to=2021-03-01")).as("a day is its first moment in China").isZero();
        Api.Response refused = auditor.offContract().get(events + "?from=yesterday");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("from");
    }

    int count(String query) {
        return auditor.get(events + query).json().get("count").asInt();
    }

    @Test
    void asCsvAnAttachmentWithAByteOrderMarkAndThePayloadAsJson() throws IOException {
        Api.Response csv = auditor.send(auditor.request(events).header("Accept", "text/csv").GET());
        assertThat(csv.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"zone-" + zone + "-events.csv\"");
        assertThat(csv.raw().body()).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body().substring(1))).getRecords();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("type")).isEqualTo("ZoneFounded");
        assertThat(records.get(0).get("businessDate")).isEqualTo("2021-03-01");
        assertThat(Api.JSON.readTree(records.get(0).get("payload")))
                .isEqualTo(auditor.get(events).json().get("events").get(0).get("payload"));
    }

    @Test
    void asNdjsonTheEntriesOfThePageOneALine() {
        Api.Response ndjson = auditor.send(auditor.request(events).header("Accept", "application/x-ndjson").GET());
        assertThat(ndjson.header("Content-Type")).isEqualTo("application/x-ndjson;charset=UTF-8");
        String[] lines = ndjson.body().split("\n");
        assertThat(lines).hasSize(1);
        assertThat(Api.JSON.readTree(lines[0])).isEqualTo(auditor.get(events).json().get("events").get(0));
    }

    /** An alliance's id is no zone's, even with the alliance's events in the store. */
    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"application/json", "text/csv", "application/x-ndjson"})
    void aZoneTheEventStoreDoesNotHoldIsANotFoundProblemInEveryRepresentation(String accept) {
        String alliance = "a-" + UUID.randomUUID();
        eventStore.publish(new GenericDomainEventMessage<>("Alliance", alliance, 0, founded(alliance, YIHAI)));
        for (String unknown : List.of("no-such-zone", alliance)) {
            Api.Response answer = auditor.send(auditor.request("/api/audit/zones/" + unknown + "/events")
                                                      .header("Accept", accept).GET());
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.json().get("code").asString()).isEqualTo("ZONE_NOT_FOUND");
        }
    }

    @Test
    void onlyAuditorsAndAdminsReadAZonesHistory() {
        assertThat(Api.at(port).as("viewer").get(events).status()).isEqualTo(403);
        assertThat(Api.at(port).as("admin").get(events).status()).isEqualTo(200);
    }
}
