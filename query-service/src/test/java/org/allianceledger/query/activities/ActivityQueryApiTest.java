package org.allianceledger.query.activities;

import org.allianceledger.events.ActivityKind;
import org.allianceledger.events.ActivityRecorded;
import org.allianceledger.events.Attendees;
import org.allianceledger.events.Department;
import org.allianceledger.events.DepartmentJoined;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.query.AllianceStream;
import org.allianceledger.query.QueryServiceApplication;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.FOUNDED_ON;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.founded;
import static org.assertj.core.api.Assertions.assertThat;

/** The activities read model, filled from events in the real event store, read over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {QueryServiceApplication.CONFIG_NAMES, "alliance.read-your-writes.max-wait=1s"})
class ActivityQueryApiTest {

    static final Department MARKET = new Department("11370812YKY0WCH4RR", "兖州区市场监督管理局");
    static final LocalDate DAY = LocalDate.of(2023, 5, 20);
    static final String TITLE = "“助学兴教”教育基金捐赠仪式";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerOnEventStore(registry, "activity_query_api");
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    Api viewer;
    AllianceStream stream;
    String alliance;

    @BeforeEach
    void setUp() {
        viewer = Api.at(port).as("viewer");
        stream = AllianceStream.fresh(eventStore, "q-");
        alliance = stream.id();
    }

    String path(String rest) {
        return stream.path(rest);
    }

    /** A donation (2.6 million CNY, 1200 pupils) on 2023-05-20 and trainings the day before and after. */
    long activities() {
        return stream.record(founded(alliance, YIHAI, BAIXIANG), new DepartmentJoined(alliance, MARKET, FOUNDED_ON),
                new ActivityRecorded(alliance, "edu-fund", ActivityKind.PUBLIC_WELFARE, TITLE, DAY,
                                     new Attendees(List.of(YIHAI.id(), BAIXIANG.id()), List.of(MARKET.id())),
                                     new BigDecimal("2600000.50"), 1200),
                new ActivityRecorded(alliance, "t-1", ActivityKind.TRAINING, "食品安全培训", DAY.minusDays(1),
                                     new Attendees(List.of(YIHAI.id()), List.of()), null, 40),
                new ActivityRecorded(alliance, "t-2", ActivityKind.TRAINING, "专家会诊：冷链", DAY.plusDays(1),
                                     new Attendees(List.of(), List.of()), null, null));
    }

    @Test
    void activitiesReadByDayWithTheirParticipantsDonationsAndBeneficiaries() {
        long version = activities();

        Api.Response answer = viewer.get(path("/activities?minVersion=" + version));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode list = answer.json();
        assertThat(list.get("count").asInt()).isEqualTo(3);
        assertThat(list.get("donationsCny").decimalValue()).isEqualByComparingTo("2600000.50");
        assertThat(list.get("beneficiaries").asLong()).isEqualTo(1240);
        JsonNode donation = list.get("activities").get(1);
        assertThat(donation.get("activityId").asString()).isEqualTo("edu-fund");
        assertThat(donation.get("kind").asString()).isEqualTo("PUBLIC_WELFARE");
        assertThat(donation.get("title").asString()).isEqualTo(TITLE);
        assertThat(donation.get("heldOn").asString()).isEqualTo("2023-05-20");
        assertThat(donation.get("donationsCny").decimalValue()).isEqualByComparingTo("2600000.50");
        assertThat(donation.get("beneficiaries").asInt()).isEqualTo(1200);
        assertThat(donation.at("/participants/members/0/name").asString()).isEqualTo("益海嘉里");
        assertThat(donation.at("/participants/departments/0/name").asString()).isEqualTo("兖州区市场监督管理局");
    }

    @Test
    void activitiesAreFilteredByKindByDaysAndAsOf() {
        long version = activities();
        String wait = "&minVersion=" + version;

        assertThat(viewer.get(path("/activities?kind=TRAINING" + wait)).json().get("count").asInt()).isEqualTo(2);
        assertThat(viewer.get(path("/activities?kind=EXCHANGE,OTHER" + wait)).json().get("count").asInt()).isZero();
        JsonNode day = viewer.get(path("/activities?from=2023-05-20&to=2023-05-20" + wait)).json();
        assertThat(day.get("count").asInt()).isEqualTo(1);
        assertThat(day.at("/activities/0/activityId").asString()).isEqualTo("edu-fund");
        assertThat(viewer.get(path("/activities?asOf=2023-05-20" + wait)).json().get("count").asInt()).isEqualTo(2);
        assertThat(viewer.get(path("/activities?to=2023-05-21&asOf=2023-05-19" + wait)).json().get("count").asInt())
                .isEqualTo(1);
        JsonNode none = viewer.get(path("/activities?from=2024-01-01" + wait)).json();
        assertThat(none.get("count").asInt()).isZero();
        assertThat(none.get("donationsCny").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void anUnknownAllianceIsAllianceNotFound() {
        Api.Response answer = viewer.get("/api/alliances/nowhere/activities");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("code").asString()).isEqualTo("ALLIANCE_NOT_FOUND");
    }

    @Test
    void badQueryParametersAreProblems() {
        long version = stream.record(founded(alliance, YIHAI, BAIXIANG));

        for (String query : List.of("kind=TRAINING,,OTHER", "kind=CHARITY", "from=", "to=2023-13-01", "asOf=",
                                    "from=2023-06-01&to=2023-05-01")) {
            Api.Response answer = viewer.offContract().get(path("/activities?" + query + "&minVersion=" + version));
            assertThat(answer.status()).as(query + ": " + answer).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        }
        JsonNode reversed = viewer.get(path("/activities?from=2023-06-01&to=2023-05-01")).json();
        assertThat(reversed.get("code").asString()).isEqualTo("VALIDATION_FAILED");
    }
}
