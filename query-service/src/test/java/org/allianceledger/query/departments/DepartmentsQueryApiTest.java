package org.allianceledger.query.departments;

import org.allianceledger.events.Department;
import org.allianceledger.events.DepartmentJoined;
import org.allianceledger.events.DepartmentWithdrew;
import org.allianceledger.events.InstructorAppointed;
import org.allianceledger.events.InstructorPosted;
import org.allianceledger.events.InstructorRecalled;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.PostingEndReason;
import org.allianceledger.events.PostingEnded;
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

import java.time.LocalDate;
import java.util.List;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.JINMAILANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.founded;
import static org.assertj.core.api.Assertions.assertThat;

/** GET departments and instructors over real HTTP, from events in the real event store through the projections. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {QueryServiceApplication.CONFIG_NAMES, "alliance.read-your-writes.max-wait=1s"})
class DepartmentsQueryApiTest {

    static final Department MARKET = new Department("11370812YKY0WCH4RR", "兖州区市场监督管理局");
    static final Department MANUFACTURING = new Department("113708126WF9BMNNJW", "兖州区制造强市指挥部");
    static final LocalDate FOUNDED = LocalDate.of(2022, 4, 21);
    static final LocalDate APPOINTED = LocalDate.of(2022, 5, 1);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerOnEventStore(registry, "query_departments");
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

    long record(Object... events) {
        return stream.record(events);
    }

    String path(String rest) {
        return stream.path(rest);
    }

    /** Founded by three; two departments; 张迁 serves 益海嘉里 and 白象, 李 serves 今麦郎 until the manufacturing HQ withdrew. */
    long yanzhouServed() {
        return record(founded(alliance, YIHAI, BAIXIANG, JINMAILANG),
                      new DepartmentJoined(alliance, MARKET, FOUNDED), new DepartmentJoined(alliance, MANUFACTURING, FOUNDED),
                      new InstructorAppointed(alliance, "instructor-zhang-qian", "张迁", MARKET.id(),
                                              List.of(YIHAI.id(), BAIXIANG.id()), APPOINTED),
                      new InstructorAppointed(alliance, "instructor-li", "李指导员", MANUFACTURING.id(),
                                              List.of(JINMAILANG.id()), APPOINTED),
                      new PostingEnded(alliance, "instructor-li", JINMAILANG.id(), LocalDate.of(2022, 12, 31),
                                       PostingEndReason.DEPARTMENT_WITHDREW),
                      new InstructorRecalled(alliance, "instructor-li", LocalDate.of(2022, 12, 31)),
                      new DepartmentWithdrew(alliance, MANUFACTURING.id(), LocalDate.of(2022, 12, 31)));
    }

    @Test
    void partnersAreListedAsOfADayWithTheirInstructors() {
        long version = yanzhouServed();

        JsonNode now = viewer.get(path("/departments?minVersion=" + version)).json();
        assertThat(now.get("count").asInt()).isEqualTo(1);
        JsonNode market = now.get("departments").get(0);
        assertThat(market.get("name").asString()).isEqualTo("兖州区市场监督管理局");
        assertThat(market.get("instructors").get(0).get("name").asString()).isEqualTo("张迁");

        JsonNode before = viewer.get(path("/departments?asOf=2022-12-30")).json();
        assertThat(before.get("count").asInt()).isEqualTo(2);
        JsonNode manufacturing = before.get("departments").get(0); // same day: in the order of their codes
        assertThat(manufacturing.get("id").asString()).isEqualTo(MANUFACTURING.id());
        assertThat(manufacturing.get("instructors").get(0).get("id").asString()).isEqualTo("instructor-li");
        assertThat(viewer.get(path("/departments?asOf=2022-04-20")).json().get("count").asInt()).isZero();
    }

    @Test
    void instructorsShowWhomTheyServeAndWhoIsUncovered() {
        long version = yanzhouServed();

        JsonNode now = viewer.get(path("/instructors?minVersion=" + version)).json();
        assertThat(now.get("count").asInt()).isEqualTo(1);
        JsonNode zhang = now.get("instructors").get(0);
        assertThat(zhang.get("department").get("name").asString()).isEqualTo("兖州区市场监督管理局");
        assertThat(zhang.get("serves")).hasSize(2);
        assertThat(now.get("uncovered").toString()).contains(JINMAILANG.id(), "今麦郎").doesNotContain(YIHAI.id());

        JsonNode before = viewer.get(path("/instructors?asOf=2022-12-30")).json();
        assertThat(before.get("count").asInt()).isEqualTo(2);
        assertThat(before.get("uncovered")).isEmpty();
    }

    @Test
    void aMemberWhoLeftIsNeitherServedNorUncovered() {
        yanzhouServed();
        long version = record(new PostingEnded(alliance, "instructor-zhang-qian", YIHAI.id(), LocalDate.of(2023, 3, 1),
                                               PostingEndReason.MEMBER_LEFT),
                              new MemberWithdrew(alliance, YIHAI.id(), LocalDate.of(2023, 3, 1), null),
                              new InstructorPosted(alliance, "instructor-zhang-qian", JINMAILANG.id(), LocalDate.of(2023, 3, 2)));

        JsonNode now = viewer.get(path("/instructors?minVersion=" + version)).json();
        assertThat(now.get("instructors").get(0).get("serves").toString())
                .contains(BAIXIANG.id(), JINMAILANG.id()).doesNotContain(YIHAI.id());
        assertThat(now.get("uncovered")).isEmpty();
        JsonNode leaving = viewer.get(path("/instructors?asOf=2023-03-01")).json();
        assertThat(leaving.get("uncovered").toString()).contains(JINMAILANG.id()).doesNotContain(YIHAI.id());
    }

    @Test
    void anUnknownAllianceAndAnEmptyDayAreProblems() {
        Api.Response unknown = viewer.get("/api/alliances/nowhere/departments");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("ALLIANCE_NOT_FOUND");
        Api.Response empty = viewer.offContract().get("/api/alliances/nowhere/instructors?asOf=");
        assertThat(empty.status()).isEqualTo(400);
    }
}
