package org.allianceledger.command.membership;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.ApplicationApproved;
import org.allianceledger.events.ApplicationRejected;
import org.allianceledger.events.Charter;
import org.allianceledger.events.Enterprise;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.events.RejectionReason;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteCast;
import org.allianceledger.events.VoteClosure;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.events.VotingRule;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * For random electorates, quorums, rules and votes, the aggregate decides exactly as the API defines:
 * quorum is the share of the electorate that voted (abstentions count); SIMPLE_MAJORITY needs FOR > AGAINST,
 * TWO_THIRDS needs FOR >= 2/3 of FOR + AGAINST, UNANIMOUS needs a FOR and no AGAINST; failing quorum rejects.
 */
class VotingOutcomeProperties {

    private static final String ALLIANCE = "a";
    private static final String APP = "p";
    private static final LocalDate DAY = LocalDate.of(2023, 1, 11);
    private static final Instant NOW = Instant.parse("2023-01-11T02:00:00Z");

    record Meeting(int electorate, int quorumPermille, VotingRule rule, List<VoteDecision> votes) {
    }

    @Provide
    Arbitrary<Meeting> meetings() {
        return Arbitraries.integers().between(1, 12).flatMap(size -> Combinators.combine(
                Arbitraries.integers().between(0, 1000),
                Arbitraries.of(VotingRule.class),
                Arbitraries.of(VoteDecision.class).list().ofMaxSize(size)
        ).as((quorum, rule, votes) -> new Meeting(size, quorum, rule, votes)));
    }

    @Property(tries = 300)
    void theDecisionFollowsTheCharter(@ForAll("meetings") Meeting meeting) {
        List<String> electors = IntStream.rangeClosed(1, meeting.electorate())
                .mapToObj(i -> String.format("E%02d", i)).toList();
        Charter charter = new Charter(meeting.rule(), BigDecimal.valueOf(meeting.quorumPermille(), 3), 2, 14, null, null);
        List<Enterprise> founders = new ArrayList<>(electors.stream().map(id -> new Enterprise(id, id, "x")).toList());
        founders.add(new Enterprise("E99", "E99", "x")); // at least two founders, and not an elector
        List<Object> history = new ArrayList<>(List.of(
                new AllianceFounded(ALLIANCE, "n", "c", "r", DAY, List.of(), charter, founders, "E99"),
                new MembershipApplied(ALLIANCE, APP, new Enterprise("APPLICANT", "申请人", "x"), DAY, null, electors,
                                      NOW.plusSeconds(86_400 * 14))));
        Tally tally = Tally.empty(meeting.electorate());
        for (int i = 0; i < meeting.votes().size(); i++) {
            history.add(new VoteCast(ALLIANCE, APP, electors.get(i), meeting.votes().get(i), DAY));
            tally = tally.plus(meeting.votes().get(i));
        }
        boolean allVoted = meeting.votes().size() == meeting.electorate();
        Object last = allVoted ? history.remove(history.size() - 1) : null;
        Object command = allVoted
                ? new CastVote(ALLIANCE, APP, ((VoteCast) last).voter(), ((VoteCast) last).decision(), DAY)
                : new CloseVote(ALLIANCE, APP, DAY);
        VoteClosure closure = allVoted ? VoteClosure.ALL_VOTED : VoteClosure.CLOSED_BY_OPERATOR;

        List<Object> expected = new ArrayList<>();
        if (last != null) {
            expected.add(last);
        }
        RejectionReason reason = expectedRejection(meeting, tally);
        if (reason == null) {
            expected.add(new ApplicationApproved(ALLIANCE, APP, "APPLICANT", DAY, tally, closure));
            expected.add(new MemberAdmitted(ALLIANCE, new Enterprise("APPLICANT", "申请人", "x"), DAY, APP));
        } else {
            expected.add(new ApplicationRejected(ALLIANCE, APP, "APPLICANT", DAY, tally, closure, reason));
        }
        new AggregateTestFixture<>(Alliance.class)
                .givenCurrentTime(NOW)
                .andGiven(history)
                .when(command)
                .expectEvents(expected.toArray());
    }

    /** The API's definitions, computed in exact fractions independently of the production code. */
    private static RejectionReason expectedRejection(Meeting meeting, Tally tally) {
        int cast = tally.inFavour() + tally.against() + tally.abstain();
        if (cast * 1000L < (long) meeting.quorumPermille() * meeting.electorate()) {
            return RejectionReason.QUORUM_NOT_MET;
        }
        int f = tally.inFavour();
        int a = tally.against();
        boolean passes = switch (meeting.rule()) {
            case SIMPLE_MAJORITY -> f > a;
            case TWO_THIRDS -> new BigDecimal(f).compareTo(
                    new BigDecimal(2 * (f + a)).divide(new BigDecimal(3), java.math.MathContext.DECIMAL128)) >= 0;
            case UNANIMOUS -> f > 0 && a == 0;
        };
        return passes ? null : RejectionReason.VOTING_RULE_NOT_MET;
    }
}
