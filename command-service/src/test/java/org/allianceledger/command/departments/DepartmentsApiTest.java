package org.allianceledger.command.departments;

import org.allianceledger.command.CommandServiceApplication;
import org.allianceledger.command.RecordedEvents;
import org.allianceledger.command.TestAlliance;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.JINMAILANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YUDA;
import static org.allianceledger.command.departments.DepartmentFixtures.MANUFACTURING;
import static org.allianceledger.command.departments.DepartmentFixtures.MARKET;
import static org.allianceledger.command.departments.DepartmentFixtures.appointBody;
import static org.allianceledger.command.departments.DepartmentFixtures.joinBody;
import static org.assertj.core.api.Assertions.assertThat;

/** Departments and instructors over real HTTP against the real event store: answers, every refusal, the quota race. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {CommandServiceApplication.CONFIG_NAMES, "alliance.snapshot-threshold=5"})
class DepartmentsApiTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "command_departments");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api operator;
    String alliance;
    RecordedEvents events;

    @BeforeEach
    void foundAllianceWithTheMarketBureau() {
        TestAlliance founded = TestAlliance.found(port);
        operator = founded.operator();
        alliance = founded.id();
        events = new RecordedEvents(jdbc);
        Api.Response joined = operator.post(path("/departments"), joinBody(MARKET));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        assertThat(joined.json().get("version").asLong()).isGreaterThan(1);
    }

    String path(String rest) {
        return "/api/alliances/" + alliance + rest;
    }

    List<String> eventTypes() {
        return jdbc.queryForList("""
                SELECT regexp_replace(payload_type, '.*\\.', '') FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type NOT LIKE '%Overdue' ORDER BY sequence_number""",
                String.class, alliance);
    }

    Api.Response appoint(String id, String... enterprises) {
        return operator.post(path("/instructors"), appointBody(id, MARKET, enterprises));
    }

    @Test
    void aDepartmentJoinsAppointsPostsEndsAndRecalls() {
        long before = events.count();
        assertThat(operator.post(path("/departments"), joinBody(MARKET)).status())
                .as("the same joining resent").isEqualTo(201);
        assertThat(events.count()).isEqualTo(before);

        Api.Response appointed = appoint(null, YIHAI.id());
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        String instructor = appointed.json().get("instructorId").asString();
        assertThat(instructor).isNotBlank();
        assertThat(appointed.header("Location")).isEqualTo(path("/instructors/" + instructor));
        long version = appointed.json().get("version").asLong();

        String postings = path("/instructors/" + instructor + "/postings");
        assertThat(operator.post(postings, Map.of("enterprise", BAIXIANG.id(), "effectiveOn", "2022-06-01")).json()
                           .get("version").asLong()).isGreaterThan(version);
        assertThat(operator.post(postings + "/" + YIHAI.id() + "/end", Map.of("effectiveOn", "2022-07-01")).status())
                .isEqualTo(200);
        Api.Response recalled = operator.post(path("/instructors/" + instructor + "/recall"), Map.of("effectiveOn", "2022-08-01"));
        assertThat(recalled.status()).as(recalled.toString()).isEqualTo(200);
        assertThat(recalled.json().get("allianceId").asString()).isEqualTo(alliance);
        assertThat(eventTypes()).containsExactly("AllianceFounded", "DepartmentJoined", "InstructorAppointed",
                                                 "InstructorPosted", "PostingEnded", "PostingEnded", "InstructorRecalled");
    }

    @Test
    void aWithdrawingDepartmentAndALeavingMemberEndPostingsThatDayAsEvents() {
        assertThat(appoint("zhang", YIHAI.id(), JINMAILANG.id()).status()).isEqualTo(201);
        assertThat(operator.post(path("/members/" + YIHAI.id() + "/withdrawal"), Map.of("effectiveOn", "2022-09-30"))
                           .status()).isEqualTo(200);
        assertThat(operator.post(path("/departments/" + MARKET.id() + "/withdrawal"), Map.of("effectiveOn", "2022-12-31"))
                           .status()).isEqualTo(200);
        List<Map<String, Object>> ends = jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8') AS payload FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%PostingEnded' ORDER BY sequence_number""", alliance);
        assertThat(ends).hasSize(2);
        assertThat(ends.get(0).get("payload").toString()).contains(YIHAI.id(), "2022-09-30", "MEMBER_LEFT");
        assertThat(ends.get(1).get("payload").toString()).contains(JINMAILANG.id(), "2022-12-31", "DEPARTMENT_WITHDREW");
        assertThat(eventTypes()).endsWith("PostingEnded", "InstructorRecalled", "DepartmentWithdrew");
    }

    @Test
    void aDepartmentIdMustBeAGovernmentOrgansCode() throws Exception {
        String enterpriseNotOrgan = YUDA.id();
        JsonNode problem = events.refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(path("/departments"),
                Map.of("department", Map.of("id", enterpriseNotOrgan, "name", "育达"))));
        assertThat(problem.get("errors").toString()).contains("department.id", "INVALID_DEPARTMENT_ID");
        String wrongCheck = MANUFACTURING.id().substring(0, 17) + (MANUFACTURING.id().endsWith("W") ? "X" : "W");
        events.refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(path("/departments"),
                Map.of("department", Map.of("id", wrongCheck, "name", "制造强市指挥部"))));
    }

    @Test
    void aCurrentPartnerJoiningOtherwiseIsDepartmentAlreadyPartner() throws Exception {
        events.refused(409, "DEPARTMENT_ALREADY_PARTNER", () -> operator.post(path("/departments"),
                Map.of("department", Map.of("id", MARKET.id(), "name", "市场监管局"), "joinedOn", "2022-04-21")));
    }

    @Test
    void aDepartmentThatIsNoPartnerIsDepartmentNotFound() throws Exception {
        events.refused(404, "DEPARTMENT_NOT_FOUND", () -> operator.post(path("/departments/" + MANUFACTURING.id() + "/withdrawal"),
                                                                        Map.of()));
        events.refused(404, "DEPARTMENT_NOT_FOUND", () -> operator.post(path("/instructors"),
                                                                        appointBody("li", MANUFACTURING, YIHAI.id())));
    }

    @Test
    void aDepartmentThatWithdrewIsNotAPartnerDepartment() throws Exception {
        assertThat(operator.post(path("/departments/" + MARKET.id() + "/withdrawal"), Map.of("effectiveOn", "2022-12-31"))
                           .status()).isEqualTo(200);
        events.refused(409, "NOT_A_PARTNER_DEPARTMENT", () -> appoint("zhang", YIHAI.id()));
    }

    @Test
    void anInstructorForANonMemberIsNotAMember() throws Exception {
        events.refused(409, "NOT_A_MEMBER", () -> appoint("zhang", YIHAI.id(), YUDA.id()));
    }

    @Test
    void anInstructorForNobodyOrInTheFutureIsValidationFailed() throws Exception {
        events.refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(path("/instructors"),
                Map.of("name", "张迁", "department", MARKET.id(), "enterprises", List.of())));
        Map<String, Object> future = new HashMap<>(appointBody("zhang", MARKET, YIHAI.id()));
        future.put("appointedOn", "2999-01-01");
        events.refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(path("/instructors"), future));
    }

    @Test
    void aThirdInstructorOfADepartmentIsInstructorQuotaReached() throws Exception {
        assertThat(appoint("a", YIHAI.id()).status()).isEqualTo(201);
        assertThat(appoint("b", BAIXIANG.id()).status()).isEqualTo(201);
        events.refused(409, "INSTRUCTOR_QUOTA_REACHED", () -> appoint("c", JINMAILANG.id()));
    }

    @Test
    void anInstructorIdReusedForAnotherBodyIsIdAlreadyUsed() throws Exception {
        assertThat(appoint("zhang", YIHAI.id()).status()).isEqualTo(201);
        long before = events.count();
        assertThat(appoint("zhang", YIHAI.id()).status()).as("the same appointment resent").isEqualTo(201);
        assertThat(events.count()).isEqualTo(before);
        events.refused(409, "ID_ALREADY_USED", () -> appoint("zhang", BAIXIANG.id()));
    }

    @Test
    void anUnknownInstructorIsInstructorNotFound() throws Exception {
        events.refused(404, "INSTRUCTOR_NOT_FOUND", () -> operator.post(path("/instructors/nobody/postings"),
                                                                        Map.of("enterprise", YIHAI.id())));
        events.refused(404, "INSTRUCTOR_NOT_FOUND", () -> operator.post(path("/instructors/nobody/recall"), Map.of()));
    }

    @Test
    void aRecalledInstructorIsInstructorRecalled() throws Exception {
        assertThat(appoint("zhang", YIHAI.id()).status()).isEqualTo(201);
        assertThat(operator.post(path("/instructors/zhang/recall"), Map.of()).status()).isEqualTo(200);
        events.refused(409, "INSTRUCTOR_RECALLED", () -> operator.post(path("/instructors/zhang/postings"),
                                                                       Map.of("enterprise", BAIXIANG.id())));
    }

    @Test
    void endingAPostingThatIsNotThereIsMemberNotFound() throws Exception {
        assertThat(appoint("zhang", YIHAI.id()).status()).isEqualTo(201);
        events.refused(404, "MEMBER_NOT_FOUND", () -> operator.post(path("/instructors/zhang/postings/" + BAIXIANG.id() + "/end"),
                                                                    Map.of()));
    }

    @Test
    void datesBeforeWhatTheyDependOnAreDateOutOfOrder() throws Exception {
        assertThat(appoint("zhang", YIHAI.id()).status()).isEqualTo(201);
        events.refused(409, "DATE_OUT_OF_ORDER", () -> operator.post(path("/instructors/zhang/postings"),
                Map.of("enterprise", BAIXIANG.id(), "effectiveOn", "2022-04-30")));
        events.refused(409, "DATE_OUT_OF_ORDER", () -> operator.post(path("/instructors/zhang/recall"),
                Map.of("effectiveOn", "2022-04-30")));
        events.refused(409, "DATE_OUT_OF_ORDER", () -> operator.post(path("/departments"),
                Map.of("department", Map.of("id", MANUFACTURING.id(), "name", MANUFACTURING.name()), "joinedOn", "2021-01-01")));
        events.refused(400, "VALIDATION_FAILED", () -> operator.offContract().post(path("/instructors/zhang/recall"),
                Map.of("effectiveOn", "2999-01-01")));
    }

    /** A snapshot of the state before partners existed names none, and no quota: it must not be loaded. */
    @Test
    void aSnapshotTakenBeforeTheAllianceHeldPartnersIsIgnored() throws Exception {
        Map<String, Object> withdrawal = Map.of("effectiveOn", "2022-12-31");
        for (int i = 0; i < 3; i++) {
            assertThat(operator.post(path("/departments"), Map.of("department", Map.of("id", MANUFACTURING.id(),
                    "name", MANUFACTURING.name()), "joinedOn", "2022-12-31")).status()).isEqualTo(201);
            assertThat(operator.post(path("/departments/" + MANUFACTURING.id() + "/withdrawal"), withdrawal).status())
                    .isEqualTo(200);
        }
        String snapshots = "SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?";
        for (int i = 0; i < 100 && jdbc.queryForObject(snapshots, Long.class, alliance) == 0; i++) {
            Thread.sleep(100);
        }
        assertThat(jdbc.queryForObject(snapshots, Long.class, alliance)).as("a snapshot was taken").isPositive();
        jdbc.update("""
                UPDATE snapshot_event_entry SET payload_revision = NULL,
                       payload = convert_to((convert_from(payload, 'UTF8')::jsonb - 'partners')::text, 'UTF8')
                WHERE aggregate_identifier = ?""", alliance);

        Api.Response appointed = appoint("zhang", YIHAI.id());
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        assertThat(eventTypes()).filteredOn("InstructorAppointed"::equals).hasSize(1);
    }

    @Test
    void parallelAppointmentsForOneDepartmentFillItsQuotaExactly() throws Exception {
        int attempts = 12;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String id = "instructor-" + i;
            answers.add(pool.submit(() -> appoint(id, YIHAI.id(), BAIXIANG.id())));
        }
        int appointed = 0;
        int refusedForQuota = 0;
        for (Future<Api.Response> answer : answers) {
            Api.Response response = answer.get();
            if (response.status() == 201) {
                appointed++;
            } else {
                assertThat(response.status()).as(response.toString()).isEqualTo(409);
                assertThat(response.json().get("code").asString()).isEqualTo("INSTRUCTOR_QUOTA_REACHED");
                refusedForQuota++;
            }
        }
        pool.shutdown();
        assertThat(appointed).as("the charter's default quota").isEqualTo(2);
        assertThat(refusedForQuota).isEqualTo(attempts - 2);
        assertThat(eventTypes()).filteredOn("InstructorAppointed"::equals).hasSize(2);
    }
}
