package org.allianceledger.query.ledger;

import org.allianceledger.events.Department;
import org.allianceledger.events.DepartmentJoined;
import org.allianceledger.events.ProblemAssigned;
import org.allianceledger.events.ProblemCategory;
import org.allianceledger.events.ProblemFeedbackGiven;
import org.allianceledger.events.ProblemOverdue;
import org.allianceledger.events.ProblemProgressNoted;
import org.allianceledger.events.ProblemRaised;
import org.allianceledger.events.ProblemReopened;
import org.allianceledger.events.ProblemResolved;
import org.allianceledger.events.ProblemStream;
import org.allianceledger.events.ResolvedBy;
import org.allianceledger.events.VisitRecorded;
import org.allianceledger.events.Visitor;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.founded;
import static org.assertj.core.api.Assertions.assertThat;

/** The problem ledger and visits, filled from events in the real event store, read over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {QueryServiceApplication.CONFIG_NAMES, "alliance.read-your-writes.max-wait=5s"})
class LedgerQueryApiTest {

    static final Department MARKET = new Department("11370812YKY0WCH4RR", "兖州区市场监督管理局");
    static final Department MANUFACTURING = new Department("113708126WF9BMNNJW", "兖州区制造强市指挥部");
    static final String DESCRIPTION = "原料采购季流动资金缺口\n约两千万元「急」";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerOnEventStore(registry, "ledger_query_api");
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    Api viewer;
    AllianceStream alliance;
    long allianceVersion;

    @BeforeEach
    void setUp() {
        viewer = Api.at(port).as("viewer");
        alliance = AllianceStream.fresh(eventStore, "ledger-");
        String a = alliance.id();
        allianceVersion = alliance.record(founded(a, YIHAI, BAIXIANG),
                                          new DepartmentJoined(a, MARKET, LocalDate.of(2022, 5, 1)),
                                          new DepartmentJoined(a, MANUFACTURING, LocalDate.of(2022, 5, 1)),
                                          new VisitRecorded(a, "v-1", new Visitor(null, MARKET.id()), BAIXIANG.id(),
                                                            LocalDate.of(2023, 3, 1), "走访白象食品"));
    }

    /** Appends a problem's events to its own stream, as the command side would, each sent by {@code who}. */
    void problem(String problemId, String who, Object... events) {
        String stream = ProblemStream.of(alliance.id(), problemId);
        for (int i = 0; i < events.length; i++) {
            eventStore.publish(new GenericDomainEventMessage<>("Problem", stream, i, events[i],
                                                               MetaData.with(LedgerMetaData.SUBMITTED_BY, who)));
        }
    }

    ProblemRaised raised(String problemId, ProblemCategory category, String visitId) {
        return new ProblemRaised(alliance.id(), problemId, BAIXIANG.id(), LocalDate.of(2023, 3, 1), category,
                                 "流动资金紧张", DESCRIPTION, true, visitId);
    }

    ProblemAssigned assigned(String problemId, Department department) {
        return new ProblemAssigned(alliance.id(), problemId, department.id(), LocalDate.of(2023, 3, 2),
                                   LocalDate.of(2023, 3, 31));
    }

    JsonNode read(String rest, Predicate<JsonNode> until) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            Api.Response answer = viewer.get(alliance.path(rest));
            if (answer.status() == 200 && until.test(answer.json()) || System.nanoTime() > deadline) {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                return answer.json();
            }
            Thread.sleep(50);
        }
    }

    static List<String> ids(JsonNode list, String field) {
        List<String> ids = new ArrayList<>();
        list.forEach(node -> ids.add(node.get(field).asString()));
        return ids;
    }

    @Test
    void aProblemShowsItsStatusAndWholeHistoryWhoWhatWhen() throws Exception {
        String a = alliance.id();
        problem("p-1", "operator", raised("p-1", ProblemCategory.FINANCING, "v-1"), assigned("p-1", MARKET),
                new ProblemProgressNoted(a, "p-1", "已对接两家银行", LocalDate.of(2023, 3, 5)),
                new ProblemResolved(a, "p-1", "协调银行授信", LocalDate.of(2023, 3, 20), ResolvedBy.EXPERTS),
                new ProblemFeedbackGiven(a, "p-1", 5, "满意", LocalDate.of(2023, 3, 25)));

        JsonNode problem = read("/problems/p-1", p -> p.get("version").asLong() == 5);
        assertThat(problem.get("status").asString()).isEqualTo("CLOSED");
        assertThat(problem.get("description").asString()).isEqualTo(DESCRIPTION);
        assertThat(problem.get("department").asString()).isEqualTo(MARKET.id());
        assertThat(problem.get("resolvedBy").asString()).isEqualTo("EXPERTS");
        assertThat(problem.get("rating").asInt()).isEqualTo(5);
        assertThat(problem.get("chainWide").asBoolean()).isTrue();
        JsonNode history = problem.get("history");
        assertThat(ids(history, "kind")).containsExactly("RAISED", "ASSIGNED", "PROGRESS", "RESOLVED", "FEEDBACK");
        assertThat(ids(history, "submittedBy")).containsOnly("operator");
        assertThat(history.get(1).get("dueOn").asString()).isEqualTo("2023-03-31");
        assertThat(history.get(2).get("note").asString()).isEqualTo("已对接两家银行");
        assertThat(history.get(2).get("on").asString()).isEqualTo("2023-03-05");
        assertThat(history.get(4).get("comment").asString()).isEqualTo("满意");
        assertThat(history.get(0).get("recordedAt").asString()).isNotBlank();

        JsonNode theAlliance = viewer.get(alliance.path("?minVersion=" + allianceVersion)).json();
        assertThat(theAlliance.get("version").asLong()).as("a problem's events are not the alliance's")
                .isEqualTo(allianceVersion);
    }

    @Test
    void aReopenedProblemIsAssignedAgainAndAnOverdueShows() throws Exception {
        String a = alliance.id();
        problem("p-1", "operator", raised("p-1", ProblemCategory.FINANCING, null), assigned("p-1", MARKET),
                new ProblemResolved(a, "p-1", "办结", LocalDate.of(2023, 3, 20), ResolvedBy.DEPARTMENT),
                new ProblemReopened(a, "p-1", "复发", LocalDate.of(2023, 4, 2)),
                new ProblemOverdue(a, "p-1", LocalDate.of(2023, 3, 31)));
        JsonNode problem = read("/problems/p-1", p -> p.get("version").asLong() == 5);
        assertThat(problem.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(problem.get("overdue").asBoolean()).isTrue();
        assertThat(problem.has("result")).as("the resolution is history now").isFalse();
        assertThat(problem.get("history").get(4).get("kind").asString()).isEqualTo("OVERDUE");
    }

    @Test
    void theLedgerFiltersByStatusDepartmentCategoryAndOverdue() throws Exception {
        String a = alliance.id();
        problem("p-1", "operator", raised("p-1", ProblemCategory.FINANCING, "v-1"), assigned("p-1", MARKET),
                new ProblemOverdue(a, "p-1", LocalDate.of(2023, 3, 31)));
        problem("p-2", "operator", raised("p-2", ProblemCategory.LABOUR, "v-1"), assigned("p-2", MANUFACTURING));
        problem("p-3", "operator", raised("p-3", ProblemCategory.TECHNOLOGY, null));
        read("/problems", l -> l.get("count").asInt() == 3 && l.get("problems").get(0).get("version").asLong() == 3);

        assertThat(ids(read("/problems?status=OPEN", l -> true).get("problems"), "problemId")).containsExactly("p-3");
        assertThat(ids(read("/problems?status=ASSIGNED,OPEN", l -> true).get("problems"), "problemId"))
                .containsExactly("p-1", "p-2", "p-3");
        assertThat(ids(read("/problems?department=" + MANUFACTURING.id(), l -> true).get("problems"), "problemId"))
                .containsExactly("p-2");
        assertThat(ids(read("/problems?category=TECHNOLOGY,LABOUR", l -> true).get("problems"), "problemId"))
                .containsExactly("p-2", "p-3");
        assertThat(ids(read("/problems?overdue=true", l -> true).get("problems"), "problemId")).containsExactly("p-1");
        assertThat(ids(read("/problems?overdue=false", l -> true).get("problems"), "problemId"))
                .containsExactly("p-2", "p-3");

        JsonNode visits = read("/visits", v -> v.get("count").asInt() == 1);
        JsonNode visit = visits.get("visits").get(0);
        assertThat(visit.get("department").asString()).isEqualTo(MARKET.id());
        assertThat(visit.get("notes").asString()).isEqualTo("走访白象食品");
        assertThat(ids(visit.get("problems"), "problemId")).containsExactly("p-1", "p-2");
    }

    @Test
    void anUnknownProblemIsNotFound() {
        Api.Response answer = viewer.get(alliance.path("/problems/nothing?minVersion=" + allianceVersion));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.json().get("code").asString()).isEqualTo("PROBLEM_NOT_FOUND");
        Api.Response badStatus = viewer.offContract().get(alliance.path("/problems?status=LOST"));
        assertThat(badStatus.status()).as(badStatus.toString()).isEqualTo(400);
    }
}
