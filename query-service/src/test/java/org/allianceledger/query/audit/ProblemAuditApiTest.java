package org.allianceledger.query.audit;

import org.allianceledger.events.ProblemAssigned;
import org.allianceledger.events.ProblemCategory;
import org.allianceledger.events.ProblemOverdue;
import org.allianceledger.events.ProblemRaised;
import org.allianceledger.events.ProblemStream;
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

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.founded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A problem's history (its stream {@code problem:<alliance>:<problem>} in the real event store) over real HTTP: a
 * JSON page with each step's business date, the CSV and NDJSON exports, the filters, and a problem the store does not
 * hold.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = QueryServiceApplication.CONFIG_NAMES)
class ProblemAuditApiTest {

    static final String TITLE = "流动资金紧张";
    static final String DESCRIPTION = "原料采购资金缺口约300万元，需协调银行贷款";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerOnEventStore(registry, "problem_audit");
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    Api auditor;
    String alliance;
    String events;

    /** An alliance, and its problem p-1 raised, assigned and overdue in its own stream, as command-service stores it. */
    @BeforeEach
    void aProblemRaisedAssignedAndOverdue() {
        auditor = Api.at(port).as("auditor");
        alliance = "a-" + UUID.randomUUID();
        events = "/api/audit/alliances/" + alliance + "/problems/p-1/events";
        eventStore.publish(new GenericDomainEventMessage<>("Alliance", alliance, 0, founded(alliance, YIHAI)));
        String stream = ProblemStream.of(alliance, "p-1");
        List<Object> steps = List.of(
                new ProblemRaised(alliance, "p-1", BAIXIANG.id(), LocalDate.of(2023, 3, 1), ProblemCategory.FINANCING,
                                  TITLE, DESCRIPTION, true, null),
                new ProblemAssigned(alliance, "p-1", "market", LocalDate.of(2023, 3, 2), LocalDate.of(2023, 3, 31)),
                new ProblemOverdue(alliance, "p-1", LocalDate.of(2023, 3, 31)));
        for (int i = 0; i < steps.size(); i++) {
            eventStore.publish(new GenericDomainEventMessage<>(
                    "Problem", stream, i, steps.get(i),
                    Map.of(LedgerMetaData.SUBMITTED_BY, "operator", LedgerMetaData.CORRELATION_ID, "c-" + i,
                           LedgerMetaData.CAUSATION_ID, "c-" + i)));
        }
    }

    @Test
    void theProblemsHistoryIsItsOwnStreamAsAJsonPage() {
        JsonNode page = auditor.get(events).json();
        assertThat(page.get("allianceId").asString()).isEqualTo(alliance);
        assertThat(page.get("problemId").asString()).isEqualTo("p-1");
        assertThat(page.get("count").asInt()).isEqualTo(3);
        assertThat(page.get("next").isNull()).isTrue();
        assertThat(page.get("events").findValuesAsString("type"))
                .containsExactly("ProblemRaised", "ProblemAssigned", "ProblemOverdue");
        JsonNode raising = page.get("events").get(0);
        assertThat(raising.get("sequence").asLong()).isZero();
        assertThat(raising.get("recordedAt").asString()).endsWith("Z");
        assertThat(raising.get("submittedBy").asString()).isEqualTo("operator");
        assertThat(raising.get("correlationId").asString()).isEqualTo("c-0");
        assertThat(raising.get("payload").get("title").asString()).isEqualTo(TITLE);
        assertThat(raising.get("payload").get("description").asString()).isEqualTo(DESCRIPTION);
    }

    /** Each step says the day it took effect; an overdue's is the first day late. */
    @Test
    void eachProblemEventShowsItsBusinessDate() {
        assertThat(auditor.get(events).json().get("events").findValuesAsString("businessDate"))
                .containsExactly("2023-03-01", "2023-03-02", "2023-04-01");
    }

    @Test
    void theAlliancesAuditHoldsNoneOfItsProblemsEvents() {
        JsonNode own = auditor.get("/api/audit/alliances/" + alliance + "/events").json();
        assertThat(own.get("events").findValuesAsString("type")).containsExactly("AllianceFounded");
    }

    @Test
    void aFullPageNamesTheNextCursorAndTheCursorReadsOnFromIt() {
        JsonNode first = auditor.get(events + "?limit=2").json();
        assertThat(first.get("next").asString()).isEqualTo("1");
        JsonNode rest = auditor.get(events + "?limit=2&cursor=1").json();
        assertThat(rest.get("events").findValuesAsString("type")).containsExactly("ProblemOverdue");
        assertThat(rest.get("next").isNull()).isTrue();
    }

    @Test
    void theHistoryFiltersByTypeAndRecordedTime() {
        assertThat(count("?type=ProblemAssigned,ProblemOverdue")).isEqualTo(2);
        assertThat(count("?type=AllianceFounded")).isZero();
        Instant inAnHour = Instant.now().plus(1, ChronoUnit.HOURS);
        assertThat(count("?from=" + inAnHour)).isZero();
        assertThat(count("?to=" + inAnHour)).isEqualTo(3);
        Api.Response refused = auditor.offContract().get(events + "?type=problem-raised");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("type");
    }

    int count(String query) {
        return auditor.get(events + query).json().get("count").asInt();
    }

    @Test
    void asCsvAnAttachmentWithAByteOrderMarkAndTheChineseTextIntact() throws IOException {
        Api.Response csv = auditor.send(auditor.request(events).header("Accept", "text/csv").GET());
        assertThat(csv.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"problem-" + alliance + "-p-1-events.csv\"");
        assertThat(csv.raw().body()).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body().substring(1))).getRecords();
        assertThat(records).extracting(r -> r.get("type"))
                .containsExactly("ProblemRaised", "ProblemAssigned", "ProblemOverdue");
        assertThat(records).extracting(r -> r.get("businessDate"))
                .containsExactly("2023-03-01", "2023-03-02", "2023-04-01");
        assertThat(Api.JSON.readTree(records.get(0).get("payload")).get("description").asString())
                .isEqualTo(DESCRIPTION);
    }

    @Test
    void asNdjsonTheEntriesOfThePageOneALine() {
        Api.Response ndjson = auditor.send(auditor.request(events).header("Accept", "application/x-ndjson").GET());
        assertThat(ndjson.header("Content-Type")).isEqualTo("application/x-ndjson;charset=UTF-8");
        String[] lines = ndjson.body().split("\n");
        assertThat(lines).hasSize(3);
        JsonNode page = auditor.get(events).json().get("events");
        for (int i = 0; i < lines.length; i++) {
            assertThat(Api.JSON.readTree(lines[i])).isEqualTo(page.get(i));
        }
    }

    /** Problem ids are the alliance's: p-1 of another alliance, or of one the store does not hold, is no problem here. */
    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"application/json", "text/csv", "application/x-ndjson"})
    void aProblemTheEventStoreDoesNotHoldIsANotFoundProblemInEveryRepresentation(String accept) {
        String other = "a-" + UUID.randomUUID();
        eventStore.publish(new GenericDomainEventMessage<>("Alliance", other, 0, founded(other, YIHAI)));
        for (String unknown : List.of(alliance + "/problems/p-2", other + "/problems/p-1",
                                      "no-such-alliance/problems/p-1")) {
            Api.Response answer = auditor.send(auditor.request("/api/audit/alliances/" + unknown + "/events")
                                                      .header("Accept", accept).GET());
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.json().get("code").asString()).isEqualTo("PROBLEM_NOT_FOUND");
        }
    }

    @Test
    void onlyAuditorsAndAdminsReadAProblemsHistory() {
        assertThat(Api.at(port).as("viewer").get(events).status()).isEqualTo(403);
        assertThat(Api.at(port).as("admin").get(events).status()).isEqualTo(200);
    }
}
