package org.allianceledger.query.departments;

import org.allianceledger.events.AllianceEvent;
import org.allianceledger.events.Department;
import org.allianceledger.events.DepartmentJoined;
import org.allianceledger.events.DepartmentWithdrew;
import org.allianceledger.events.InstructorAppointed;
import org.allianceledger.events.InstructorPosted;
import org.allianceledger.events.InstructorRecalled;
import org.allianceledger.events.PostingEndReason;
import org.allianceledger.events.PostingEnded;
import org.allianceledger.query.departments.DepartmentQueries.PartnerDepartment;
import org.allianceledger.query.departments.DepartmentQueries.ServedMember;
import org.allianceledger.query.departments.DepartmentQueries.UncoveredMember;
import org.allianceledger.query.projections.ProjectionBench;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.FOUNDED_ON;
import static org.allianceledger.query.QueryFixtures.JINMAILANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.projections.ProjectionBench.anAlliance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The partners, instructors and postings projection, read back through DepartmentQueries as of a day. */
class DepartmentProjectionTest {

    static final ProjectionBench bench = ProjectionBench.on("projection_departments");
    static final Department MARKET = new Department("11370812YKY0WCH4RR", "兖州区市场监督管理局");
    static final Department MANUFACTURING = new Department("113708126WF9BMNNJW", "兖州区制造强市指挥部");
    static final LocalDate APPOINTED = LocalDate.of(2022, 5, 1);
    static final LocalDate LATER = LocalDate.of(2022, 9, 30);

    final String alliance = anAlliance();
    final ProjectionBench.Feed departments = bench.feed(new DepartmentProjection(bench.jdbc(), bench.writer()));
    final DepartmentQueries queries = new DepartmentQueries(bench.jdbc());

    /** Three founding members, as the members projection would hold them. */
    @BeforeEach
    void members() {
        for (var member : List.of(YIHAI, BAIXIANG, JINMAILANG)) {
            bench.jdbc().sql("""
                    INSERT INTO member (alliance_id, enterprise_id, name, industry, member_since, admitted_by)
                    VALUES (?, ?, ?, ?, ?, 'FOUNDING')""")
                    .params(alliance, member.id(), member.name(), member.industry(), FOUNDED_ON).update();
        }
    }

    InstructorAppointed zhang(String... enterprises) {
        return new InstructorAppointed(alliance, "zhang", "张迁", MARKET.id(), List.of(enterprises), APPOINTED);
    }

    List<String> partnerIds(LocalDate asOf) {
        return queries.partners(alliance, asOf).stream().map(PartnerDepartment::id).toList();
    }

    List<String> served(LocalDate asOf) {
        return queries.instructorsAndUncovered(alliance, asOf).instructors().stream()
                .flatMap(i -> i.serves().stream().map(s -> i.id() + ":" + s.id())).toList();
    }

    List<String> uncovered(LocalDate asOf) {
        return queries.instructorsAndUncovered(alliance, asOf).uncovered().stream().map(UncoveredMember::id).toList();
    }

    @Test
    void aPartnerCountsFromTheDayItJoinedUntilTheDayItWithdrew() {
        departments.live(new DepartmentJoined(alliance, MARKET, FOUNDED_ON), new DepartmentJoined(alliance, MANUFACTURING, APPOINTED),
                         new DepartmentWithdrew(alliance, MARKET.id(), LATER));

        assertThat(partnerIds(FOUNDED_ON)).containsExactly(MARKET.id());
        assertThat(partnerIds(LATER.minusDays(1))).containsExactly(MARKET.id(), MANUFACTURING.id());
        assertThat(partnerIds(LATER)).containsExactly(MANUFACTURING.id());
        assertThat(partnerIds(null)).containsExactly(MANUFACTURING.id());
    }

    @Test
    void aDepartmentThatJoinsAgainIsAPartnerAgainUnderItsNewName() {
        departments.live(new DepartmentJoined(alliance, MARKET, FOUNDED_ON), new DepartmentWithdrew(alliance, MARKET.id(), APPOINTED),
                         new DepartmentJoined(alliance, new Department(MARKET.id(), "兖州区市场监管局"), LATER));

        assertThat(partnerIds(LATER.minusDays(1))).isEmpty();
        List<PartnerDepartment> now = queries.partners(alliance, null);
        assertThat(now).extracting(PartnerDepartment::name, PartnerDepartment::joinedOn).containsExactly(tuple("兖州区市场监管局", LATER));
    }

    @Test
    void anAppointedInstructorServesItsMembersFromThatDayUnderItsDepartment() {
        departments.live(new DepartmentJoined(alliance, MARKET, FOUNDED_ON), zhang(YIHAI.id(), BAIXIANG.id()));

        assertThat(served(APPOINTED.minusDays(1))).isEmpty();
        var instructors = queries.instructorsAndUncovered(alliance, APPOINTED).instructors();
        assertThat(instructors).hasSize(1);
        assertThat(instructors.get(0).name()).isEqualTo("张迁");
        assertThat(instructors.get(0).department()).isEqualTo(new DepartmentQueries.InstructorDepartment(MARKET.id(), MARKET.name()));
        assertThat(instructors.get(0).serves()).containsExactly(new ServedMember(BAIXIANG.id(), BAIXIANG.name(), APPOINTED),
                                                                new ServedMember(YIHAI.id(), YIHAI.name(), APPOINTED));
        assertThat(queries.partners(alliance, APPOINTED).get(0).instructors()).extracting("id").containsExactly("zhang");
    }

    @Test
    void membersServedByNobodyAreUncovered() {
        departments.live(new DepartmentJoined(alliance, MARKET, FOUNDED_ON), zhang(YIHAI.id()));

        assertThat(uncovered(FOUNDED_ON)).containsExactlyInAnyOrder(YIHAI.id(), BAIXIANG.id(), JINMAILANG.id());
        assertThat(uncovered(null)).containsExactlyInAnyOrder(BAIXIANG.id(), JINMAILANG.id());
    }

    @Test
    void aPostingThatEndedOnADayNoLongerServesOnItAndKeepsWhyItEnded() {
        departments.live(new DepartmentJoined(alliance, MARKET, FOUNDED_ON), zhang(YIHAI.id()),
                         new InstructorPosted(alliance, "zhang", BAIXIANG.id(), APPOINTED.plusDays(10)),
                         new PostingEnded(alliance, "zhang", YIHAI.id(), LATER, PostingEndReason.MEMBER_LEFT));

        assertThat(served(APPOINTED)).containsExactly("zhang:" + YIHAI.id());
        assertThat(served(LATER.minusDays(1))).containsExactly("zhang:" + YIHAI.id(), "zhang:" + BAIXIANG.id());
        assertThat(served(LATER)).containsExactly("zhang:" + BAIXIANG.id());
        assertThat(bench.rows("SELECT end_reason FROM instructor_posting WHERE alliance_id = ? AND ended_on IS NOT NULL", alliance))
                .containsExactly(Map.of("end_reason", "MEMBER_LEFT"));
    }

    @Test
    void aPostingEndedAndBegunAgainOnOneDayServesFromThatDay() {
        departments.live(new DepartmentJoined(alliance, MARKET, FOUNDED_ON), zhang(YIHAI.id()),
                         new PostingEnded(alliance, "zhang", YIHAI.id(), LATER, PostingEndReason.ENDED),
                         new InstructorPosted(alliance, "zhang", YIHAI.id(), LATER));

        assertThat(served(LATER)).containsExactly("zhang:" + YIHAI.id());
        assertThat(served(null)).containsExactly("zhang:" + YIHAI.id());
    }

    @Test
    void aRecalledInstructorIsListedUntilTheDayOfItsRecall() {
        departments.live(new DepartmentJoined(alliance, MARKET, FOUNDED_ON), zhang(YIHAI.id()),
                         new PostingEnded(alliance, "zhang", YIHAI.id(), LATER, PostingEndReason.RECALLED),
                         new InstructorRecalled(alliance, "zhang", LATER));

        assertThat(queries.instructorsAndUncovered(alliance, LATER.minusDays(1)).instructors()).hasSize(1);
        assertThat(queries.instructorsAndUncovered(alliance, LATER).instructors()).isEmpty();
        assertThat(queries.partners(alliance, null).get(0).instructors()).isEmpty();
    }

    @Test
    void aReplayWritesTheSameRowsAsLiveEvents() {
        AllianceEvent[] history = {new DepartmentJoined(alliance, MARKET, FOUNDED_ON), zhang(YIHAI.id(), BAIXIANG.id()),
                new InstructorPosted(alliance, "zhang", JINMAILANG.id(), LATER),
                new PostingEnded(alliance, "zhang", YIHAI.id(), LATER, PostingEndReason.ENDED),
                new DepartmentWithdrew(alliance, MARKET.id(), LATER.plusDays(1))};
        departments.live(history);
        List<Map<String, Object>> live = everything();

        departments.reset().replayed(history);

        assertThat(everything()).isEqualTo(live);
    }

    private List<Map<String, Object>> everything() {
        return bench.rows("""
                SELECT 'd' AS t, department_id AS id, name, joined_on AS since, withdrawn_on AS until, NULL AS why
                  FROM partner_department WHERE alliance_id = :a
                UNION ALL SELECT 'i', instructor_id, name || department_id, appointed_on, recalled_on, NULL
                  FROM instructor WHERE alliance_id = :a
                UNION ALL SELECT 'p', instructor_id || enterprise_id, NULL, since, ended_on, end_reason
                  FROM instructor_posting WHERE alliance_id = :a
                ORDER BY 1, 2, 4""".replace(":a", "'" + alliance + "'"));
    }
}
