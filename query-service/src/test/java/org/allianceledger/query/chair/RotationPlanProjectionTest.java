package org.allianceledger.query.chair;

import org.allianceledger.events.HandoverDeviatedFromPlan;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MemberExpelled;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.events.RotationPlanSwapped;
import org.allianceledger.events.RotationPlanned;
import org.allianceledger.query.members.MemberQueriesAccess;
import org.allianceledger.query.projections.ProjectionBench;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.JINMAILANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.YUDA;
import static org.allianceledger.query.QueryFixtures.founded;
import static org.allianceledger.query.projections.ProjectionBench.anAlliance;
import static org.assertj.core.api.Assertions.assertThat;

/** The rotation plan as the chair read shows it: in order, without leavers, with newcomers at its end. */
class RotationPlanProjectionTest {

    static final ProjectionBench bench = ProjectionBench.on("projection_rotation_plan");

    final String alliance = anAlliance();
    final ProjectionBench.Feed chair = bench.feed(new ChairProjection(bench.jdbc(), bench.writer()));
    final ProjectionBench.Feed members = bench.feed(MemberQueriesAccess.projection(bench.jdbc(), bench.writer()));
    final ChairQueries queries = new ChairQueries(bench.jdbc());

    static final LocalDate PLANNED = LocalDate.of(2022, 5, 10);
    static final LocalDate JULY = LocalDate.of(2022, 7, 1);

    RotationPlanned planned(String... order) {
        return new RotationPlanned(alliance, List.of(order), "按会员单位轮值", PLANNED);
    }

    void both(org.allianceledger.events.AllianceEvent... events) {
        members.live(events);
        chair.live(events);
    }

    List<String> plan() {
        return queries.chair(alliance, null).plan().order().stream().map(ChairQueries.PlannedMember::id).toList();
    }

    @Test
    void thePlanIsShownInOrderWithTheNextChairAndTheDayItsTermWouldBegin() {
        both(founded(alliance, YIHAI, BAIXIANG, JINMAILANG), planned(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id()));

        ChairQueries.Chair read = queries.chair(alliance, null);
        assertThat(plan()).containsExactly(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id());
        assertThat(read.plan().order().get(1).name()).isEqualTo(JINMAILANG.name());
        assertThat(read.plan().note()).isEqualTo("按会员单位轮值");
        assertThat(read.next()).isEqualTo(new ChairQueries.Next(JINMAILANG.id(), JINMAILANG.name(), read.termEnds()));
        assertThat(read.previous()).isNull();
    }

    @Test
    void aSwapIsShownAsTheNewOrder() {
        both(founded(alliance, YIHAI, BAIXIANG, JINMAILANG), planned(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id()),
             new RotationPlanSwapped(alliance, JINMAILANG.id(), YIHAI.id(),
                                     List.of(BAIXIANG.id(), YIHAI.id(), JINMAILANG.id()), null, PLANNED));

        assertThat(plan()).containsExactly(BAIXIANG.id(), YIHAI.id(), JINMAILANG.id());
    }

    @Test
    void aMemberWhoLeavesOrIsExpelledDropsOutAndANewMemberIsAppended() {
        both(founded(alliance, YIHAI, BAIXIANG, JINMAILANG), planned(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id()),
             new MemberWithdrew(alliance, JINMAILANG.id(), JULY, null),
             new MemberAdmitted(alliance, YUDA, JULY, "app-yuda"),
             new MemberExpelled(alliance, YIHAI.id(), JULY, "m-1"));

        assertThat(plan()).containsExactly(BAIXIANG.id(), YUDA.id());
    }

    @Test
    void withoutAPlanANewMemberMakesNone() {
        both(founded(alliance, YIHAI, BAIXIANG), new MemberAdmitted(alliance, YUDA, JULY, "app-yuda"));

        assertThat(queries.chair(alliance, null).plan()).isNull();
        assertThat(queries.chair(alliance, null).next()).isNull();
    }

    @Test
    void aHandoverOffThePlanIsShownAsDeviatingAndThePreviousChairIsShown() {
        both(founded(alliance, YIHAI, BAIXIANG, JINMAILANG), planned(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id()),
             new RotationHandedOver(alliance, BAIXIANG.id(), YIHAI.id(), JULY, JULY.plusMonths(2), "今麦郎生产旺季"),
             new HandoverDeviatedFromPlan(alliance, JINMAILANG.id(), YIHAI.id(), JULY, "今麦郎生产旺季"));

        ChairQueries.Chair read = queries.chair(alliance, null);
        assertThat(read.history()).extracting(ChairQueries.Term::deviatesFromPlan).containsExactly(false, true);
        assertThat(read.previous().chair()).isEqualTo(BAIXIANG.id());
        assertThat(read.next()).isEqualTo(new ChairQueries.Next(BAIXIANG.id(), BAIXIANG.name(), JULY.plusMonths(2)));
    }

    @Test
    void anEventHandledTwiceChangesNothingMore() {
        both(founded(alliance, YIHAI, BAIXIANG, JINMAILANG), planned(BAIXIANG.id(), JINMAILANG.id()));
        MemberAdmitted admitted = new MemberAdmitted(alliance, YUDA, JULY, "app-yuda");
        both(admitted);
        chair.live(admitted);

        assertThat(plan()).containsExactly(BAIXIANG.id(), JINMAILANG.id(), YUDA.id());
    }
}
