package org.allianceledger.query.applications;

import org.allianceledger.events.ApplicationApproved;
import org.allianceledger.events.ApplicationRejected;
import org.allianceledger.events.ApplicationWithdrawn;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.events.RejectionReason;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteCast;
import org.allianceledger.events.VoteClosure;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.events.VoterRecused;
import org.allianceledger.query.projections.ProjectionBench;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.JINMAILANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.projections.ProjectionBench.anAlliance;
import static org.assertj.core.api.Assertions.assertThat;

class ApplicationProjectionTest {

    static final ProjectionBench bench = ProjectionBench.on("projection_applications");
    static final LocalDate FILED_ON = LocalDate.of(2022, 5, 9);
    static final Instant WINDOW_ENDS = Instant.parse("2022-05-23T16:00:00Z");
    static final LocalDate DECIDED_ON = LocalDate.of(2022, 5, 12);

    final String alliance = anAlliance();
    final ProjectionBench.Feed applications = bench.feed(new ApplicationProjection(bench.jdbc(), bench.writer()));

    MembershipApplied applied() {
        return new MembershipApplied(alliance, "app-1", JINMAILANG, FILED_ON, "申请加入联盟",
                                     List.of(YIHAI.id(), BAIXIANG.id()), WINDOW_ENDS);
    }

    VoteCast vote(String voter, VoteDecision decision) {
        return new VoteCast(alliance, "app-1", voter, decision, FILED_ON.plusDays(1));
    }

    Map<String, Object> application() {
        return bench.rows("""
                SELECT applicant_id, applicant_name, filed_on, statement, status, votes_for, votes_against, votes_abstain,
                       eligible, decided_on, closure, rejection_reason
                FROM application WHERE alliance_id = ? AND application_id = 'app-1'""", alliance).get(0);
    }

    @Test
    void anApplicationIsOpenWithNoVotesAndItsElectorateEligible() {
        var filed = bench.message(applied());
        applications.live(filed);

        assertThat(application()).containsEntry("applicant_id", JINMAILANG.id())
                .containsEntry("applicant_name", JINMAILANG.name()).containsEntry("filed_on", Date.valueOf(FILED_ON))
                .containsEntry("statement", "申请加入联盟").containsEntry("status", "OPEN").containsEntry("votes_for", 0)
                .containsEntry("votes_against", 0).containsEntry("votes_abstain", 0).containsEntry("eligible", 2);
        assertThat(bench.jdbc().sql("SELECT vote_window_ends_at FROM application WHERE alliance_id = ?")
                .param(alliance).query(OffsetDateTime.class).single().toInstant()).isEqualTo(WINDOW_ENDS);
    }

    @Test
    void theRunningTallyCountsEachVoterOnceHoweverOftenItsVoteIsHandled() {
        var yihai = bench.message(vote(YIHAI.id(), VoteDecision.FOR));
        applications.live(bench.message(applied()), yihai, yihai,
                          bench.message(vote(BAIXIANG.id(), VoteDecision.ABSTAIN)));

        assertThat(application()).containsEntry("votes_for", 1).containsEntry("votes_against", 0)
                .containsEntry("votes_abstain", 1).containsEntry("status", "OPEN");
        assertThat(bench.rows("SELECT voter, decision FROM application_vote WHERE alliance_id = ? ORDER BY voter",
                              alliance)).containsExactly(Map.of("voter", BAIXIANG.id(), "decision", "ABSTAIN"),
                                                         Map.of("voter", YIHAI.id(), "decision", "FOR"));
    }

    @Test
    void anApprovalTakesTheDecidedTallyTheDayAndHowTheVoteClosed() {
        applications.live(applied(), vote(YIHAI.id(), VoteDecision.FOR),
                          new ApplicationApproved(alliance, "app-1", JINMAILANG.id(), DECIDED_ON, new Tally(2, 0, 0, 2),
                                                  VoteClosure.ALL_VOTED));

        assertThat(application()).containsEntry("status", "APPROVED").containsEntry("decided_on", Date.valueOf(DECIDED_ON))
                .containsEntry("votes_for", 2).containsEntry("closure", "ALL_VOTED")
                .containsEntry("rejection_reason", null);
    }

    @Test
    void aRecusalLowersTheEligibleCountOnceHoweverOftenItIsHandled() {
        VoterRecused recusal = new VoterRecused(alliance, "app-1", BAIXIANG.id(), "关联企业", FILED_ON.plusDays(1), 1);
        applications.replayed(applied(), recusal);
        applications.live(recusal);

        assertThat(application()).containsEntry("eligible", 1);
        assertThat(bench.rows("SELECT voter, reason FROM application_recusal WHERE alliance_id = ?", alliance))
                .containsExactly(Map.of("voter", BAIXIANG.id(), "reason", "关联企业"));
    }

    @Test
    void aDecisionsTallyReplacesTheRunningOneEligibleIncluded() {
        applications.live(applied(), vote(YIHAI.id(), VoteDecision.FOR),
                          new ApplicationApproved(alliance, "app-1", JINMAILANG.id(), DECIDED_ON, new Tally(1, 0, 0, 1),
                                                  VoteClosure.ALL_VOTED));

        assertThat(application()).containsEntry("votes_for", 1).containsEntry("eligible", 1);
    }

    @Test
    void aRejectionSaysWhichRuleWasNotMet() {
        applications.live(applied(), new ApplicationRejected(alliance, "app-1", JINMAILANG.id(), DECIDED_ON,
                                                             new Tally(0, 0, 0, 2), VoteClosure.VOTE_WINDOW_EXPIRED,
                                                             RejectionReason.QUORUM_NOT_MET));

        assertThat(application()).containsEntry("status", "REJECTED").containsEntry("closure", "VOTE_WINDOW_EXPIRED")
                .containsEntry("rejection_reason", "QUORUM_NOT_MET");
    }

    @Test
    void aWithdrawalClosesTheApplicationOnTheDayItWasWithdrawn() {
        applications.live(applied(), new ApplicationWithdrawn(alliance, "app-1", JINMAILANG.id(), DECIDED_ON));

        assertThat(application()).containsEntry("status", "WITHDRAWN").containsEntry("decided_on", Date.valueOf(DECIDED_ON));
    }

    @Test
    void votesReplayedInOneBatchGiveTheSameTallyAsLiveOnes() {
        var events = new DomainEventMessage<?>[]{bench.message(applied()),
                bench.message(vote(YIHAI.id(), VoteDecision.FOR)), bench.message(vote(BAIXIANG.id(), VoteDecision.AGAINST))};
        applications.live(events);
        Map<String, Object> live = application();
        bench.jdbc().sql("DELETE FROM application_vote WHERE alliance_id = ?").param(alliance).update();
        bench.jdbc().sql("DELETE FROM application WHERE alliance_id = ?").param(alliance).update();

        applications.replayed(events);

        assertThat(application()).isEqualTo(live).containsEntry("votes_for", 1).containsEntry("votes_against", 1);
    }
}
