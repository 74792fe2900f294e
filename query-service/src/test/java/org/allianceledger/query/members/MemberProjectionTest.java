package org.allianceledger.query.members;

import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.query.projections.ProjectionBench;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.FOUNDED_ON;
import static org.allianceledger.query.QueryFixtures.JINMAILANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.founded;
import static org.allianceledger.query.projections.ProjectionBench.anAlliance;
import static org.assertj.core.api.Assertions.assertThat;

class MemberProjectionTest {

    static final ProjectionBench bench = ProjectionBench.on("projection_members");

    final String alliance = anAlliance();
    final ProjectionBench.Feed members = bench.feed(new MemberProjection(bench.jdbc(), bench.writer()));

    List<Map<String, Object>> periods() {
        return bench.rows("""
                SELECT enterprise_id, name, member_since, admitted_by, application_id, left_on FROM member
                WHERE alliance_id = ? ORDER BY enterprise_id, member_since""", alliance);
    }

    static Map<String, Object> period(String id, String name, LocalDate since, String by, String application,
                                      LocalDate left) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("enterprise_id", id);
        row.put("name", name);
        row.put("member_since", Date.valueOf(since));
        row.put("admitted_by", by);
        row.put("application_id", application);
        row.put("left_on", left == null ? null : Date.valueOf(left));
        return row;
    }

    @Test
    void foundingMembersAreMembersFromTheFoundingDay() {
        members.live(founded(alliance, YIHAI, BAIXIANG));

        assertThat(periods()).containsExactly(
                period(BAIXIANG.id(), BAIXIANG.name(), FOUNDED_ON, "FOUNDING", null, null),
                period(YIHAI.id(), YIHAI.name(), FOUNDED_ON, "FOUNDING", null, null));
    }

    @Test
    void anAdmittedMemberIsAMemberByVoteFromItsAdmissionWithTheApplicationThatAdmittedIt() {
        LocalDate admitted = LocalDate.of(2022, 6, 1);
        members.live(founded(alliance, YIHAI, BAIXIANG), new MemberAdmitted(alliance, JINMAILANG, admitted, "app-1"));

        assertThat(periods()).contains(period(JINMAILANG.id(), JINMAILANG.name(), admitted, "VOTE", "app-1", null));
    }

    @Test
    void aMemberWhoLeavesKeepsItsPeriodEndedOnTheDayItLeftAndARejoiningStartsANewOne() {
        LocalDate left = LocalDate.of(2023, 1, 31);
        LocalDate back = LocalDate.of(2023, 9, 1);
        members.live(founded(alliance, YIHAI, BAIXIANG), new MemberWithdrew(alliance, YIHAI.id(), left, "relocated"),
                     new MemberAdmitted(alliance, YIHAI, back, "app-2"));

        assertThat(periods()).containsExactly(
                period(BAIXIANG.id(), BAIXIANG.name(), FOUNDED_ON, "FOUNDING", null, null),
                period(YIHAI.id(), YIHAI.name(), FOUNDED_ON, "FOUNDING", null, left),
                period(YIHAI.id(), YIHAI.name(), back, "VOTE", "app-2", null));
    }

    @Test
    void anEventHandledTwiceChangesNothingMore() {
        var founding = bench.message(founded(alliance, YIHAI, BAIXIANG));
        var admitted = bench.message(new MemberAdmitted(alliance, JINMAILANG, LocalDate.of(2022, 6, 1), "app-1"));
        members.live(founding, admitted);
        List<Map<String, Object>> once = periods();

        members.live(admitted, founding);

        assertThat(periods()).isEqualTo(once);
    }

    @Test
    void replayedEventsGiveTheSameRowsAsLiveOnes() {
        var events = new DomainEventMessage<?>[]{
                bench.message(founded(alliance, YIHAI, BAIXIANG)),
                bench.message(new MemberWithdrew(alliance, YIHAI.id(), LocalDate.of(2023, 1, 31), "relocated")),
                bench.message(new MemberAdmitted(alliance, JINMAILANG, LocalDate.of(2023, 2, 1), "app-3"))};
        members.live(events);
        List<Map<String, Object>> live = periods();
        bench.jdbc().sql("DELETE FROM member WHERE alliance_id = ?").param(alliance).update();

        members.replayed(events);

        assertThat(periods()).hasSize(3).isEqualTo(live);
    }
}
