package org.allianceledger.query.reports;

import org.allianceledger.events.AllianceJoinedZone;
import org.allianceledger.events.Department;
import org.allianceledger.events.DepartmentJoined;
import org.allianceledger.events.InstructorAppointed;
import org.allianceledger.events.ProblemAssigned;
import org.allianceledger.events.ProblemCategory;
import org.allianceledger.events.ProblemRaised;
import org.allianceledger.events.ProblemResolved;
import org.allianceledger.events.ProblemStream;
import org.allianceledger.events.ResolvedBy;
import org.allianceledger.events.ZoneFounded;
import org.allianceledger.events.ZoneStream;
import org.allianceledger.platform.messaging.LedgerMetaData;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.query.AllianceStream;
import org.allianceledger.query.QueryServiceApplication;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.FOUNDED_ON;
import static org.allianceledger.query.QueryFixtures.JINMAILANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.founded;
import static org.assertj.core.api.Assertions.assertThat;

/** The service reports of an alliance and a zone, from events in the real event store, read over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {QueryServiceApplication.CONFIG_NAMES, "alliance.read-your-writes.max-wait=1s"})
class ServiceReportApiTest {

    static final Department MARKET = new Department("11370812YKY0WCH4RR", "兖州区市场监督管理局");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerOnEventStore(registry, "service_report_api");
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    Api viewer;
    AllianceStream stream;

    @BeforeEach
    void setUp() {
        viewer = Api.at(port).as("viewer");
        stream = AllianceStream.fresh(eventStore, "r-");
    }

    /** Three members, the market bureau with one instructor serving one of them, and its problem of 21 days. */
    long served() {
        long version = stream.record(founded(stream.id(), YIHAI, BAIXIANG, JINMAILANG),
                                     new DepartmentJoined(stream.id(), MARKET, FOUNDED_ON),
                                     new InstructorAppointed(stream.id(), "wang", "王指导员", MARKET.id(),
                                                             List.of(YIHAI.id()), FOUNDED_ON));
        String problem = ProblemStream.of(stream.id(), "p-1");
        List<Object> events = List.of(
                new ProblemRaised(stream.id(), "p-1", BAIXIANG.id(), LocalDate.of(2023, 1, 11), ProblemCategory.FINANCING,
                                  "流动资金紧张", "原料采购季流动资金缺口", false, null),
                new ProblemAssigned(stream.id(), "p-1", MARKET.id(), LocalDate.of(2023, 1, 12), LocalDate.of(2023, 2, 28)),
                new ProblemResolved(stream.id(), "p-1", "协调授信", LocalDate.of(2023, 2, 1), ResolvedBy.DEPARTMENT));
        for (int i = 0; i < events.size(); i++) {
            eventStore.publish(new GenericDomainEventMessage<>("Problem", problem, i, events.get(i),
                                                               MetaData.with(LedgerMetaData.SUBMITTED_BY, "operator")));
        }
        return version;
    }

    JsonNode answer(String path, Predicate<JsonNode> until) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            Api.Response answer = viewer.get(path);
            if (answer.status() == 200 && until.test(answer.json()) || System.nanoTime() > deadline) {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                return answer.json();
            }
            Thread.sleep(50);
        }
    }

    @Test
    void aViewerReadsTheAlliancesServiceReport() throws Exception {
        long version = served();

        JsonNode report = answer(stream.path("/service-report?minVersion=" + version),
                                 r -> r.at("/problems/resolved").asInt() == 1);
        assertThat(report.get("allianceId").asString()).isEqualTo(stream.id());
        assertThat(report.get("enterprises").asInt()).isEqualTo(3);
        assertThat(report.at("/problems/raised").asInt()).isEqualTo(1);
        assertThat(report.at("/problems/medianDaysToResolve").decimalValue()).isEqualByComparingTo("21");
        assertThat(report.at("/departments/0/name").asString()).isEqualTo("兖州区市场监督管理局");
        assertThat(report.at("/departments/0/assigned").asInt()).isEqualTo(1);
        assertThat(report.at("/instructors/0/membersServed").asInt()).isEqualTo(1);
        assertThat(report.get("uncoveredCount").asInt()).isEqualTo(2);
        JsonNode january = viewer.get(stream.path("/service-report?from=2023-01-01&to=2023-01-31")).json();
        assertThat(january.get("from").asString()).isEqualTo("2023-01-01");
        assertThat(january.at("/problems/open").asInt()).as("resolved only in February").isEqualTo(1);
    }

    @Test
    void theZoneReportCountsAMemberOfTwoAlliancesOnce() throws Exception {
        String zone = "z-" + UUID.randomUUID();
        eventStore.publish(new GenericDomainEventMessage<>("Zone", ZoneStream.of(zone), 0,
                new ZoneFounded(zone, "济北经济开发区", "济阳区", "党工委", LocalDate.of(2021, 3, 1))));
        served();
        stream.record(new AllianceJoinedZone(stream.id(), zone, LocalDate.of(2022, 5, 1)));
        AllianceStream other = AllianceStream.fresh(eventStore, "r-");
        other.record(founded(other.id(), YIHAI, BAIXIANG), new DepartmentJoined(other.id(), MARKET, FOUNDED_ON),
                     new AllianceJoinedZone(other.id(), zone, LocalDate.of(2022, 6, 1)));

        JsonNode report = answer("/api/zones/" + zone + "/service-report",
                                 r -> r.get("alliances").size() == 2 && r.get("departments").size() == 1);
        assertThat(report.get("zoneId").asString()).isEqualTo(zone);
        assertThat(report.get("enterprises").asInt()).isEqualTo(3);
        assertThat(report.get("membersServed").asInt()).isEqualTo(1);
        assertThat(report.get("uncoveredCount").asInt()).as("益海嘉里 is served in one alliance only").isEqualTo(3);
    }

    @Test
    void aPeriodEndingBeforeItBeginsIsValidationFailed() {
        long version = stream.record(founded(stream.id(), YIHAI, BAIXIANG));

        for (String path : List.of(stream.path("/service-report?from=2023-06-01&to=2023-05-01&minVersion=" + version),
                                   stream.path("/service-report?from=2999-01-01"))) {
            Api.Response answer = viewer.get(path);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        }
        Api.Response malformed = viewer.offContract().get(stream.path("/service-report?to=2023-13-01"));
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
    }

    @Test
    void anUnknownAllianceOrZoneIsNotFound() {
        Api.Response alliance = viewer.get("/api/alliances/nowhere/service-report");
        assertThat(alliance.status()).isEqualTo(404);
        assertThat(alliance.json().get("code").asString()).isEqualTo("ALLIANCE_NOT_FOUND");
        Api.Response zone = viewer.get("/api/zones/nowhere/service-report");
        assertThat(zone.status()).isEqualTo(404);
        assertThat(zone.json().get("code").asString()).isEqualTo("ZONE_NOT_FOUND");
    }
}
