package org.allianceledger.command.membership;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.command.motions.CastMotionVote;
import org.allianceledger.command.motions.CloseMotion;
import org.allianceledger.command.motions.RecuseFromMotion;
import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.ApplicationApproved;
import org.allianceledger.events.ApplicationRejected;
import org.allianceledger.events.Charter;
import org.allianceledger.events.Enterprise;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MemberExpelled;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.events.MotionApproved;
import org.allianceledger.events.MotionFiled;
import org.allianceledger.events.MotionKind;
import org.allianceledger.events.MotionRejected;
import org.allianceledger.events.MotionVoteCast;
import org.allianceledger.events.MotionVoterRecused;
import org.allianceledger.events.RejectionReason;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteCast;
import org.allianceledger.events.VoteClosure;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.events.VoterRecused;
import org.allianceledger.events.VotingRule;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * For random electorates in which some electors vote, some stand aside and some do nothing, on an application or
 * an expulsion motion alike, the aggregate decides as a direct computation over the electors left does: quorum
 * is the share of those left that voted, then the charter's rule.
 */
class RecusalProperties {

    private static final String ALLIANCE = "a";
    private static final String BALLOT = "b";
    private static final String SUBJECT = "SUBJECT";
    private static final LocalDate DAY = LocalDate.of(2023, 1, 11);
    private static final Instant NOW = Instant.parse("2023-01-11T02:00:00Z");

    /** What one elector does: null for nothing, else its vote, or a recusal. */
    record Act(VoteDecision vote, boolean recuses) {
    }

    record Case(int quorumPermille, VotingRule rule, List<Act> acts, boolean motion) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Act> act = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(VoteDecision.class).map(d -> new Act(d, false))),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(new Act(null, true))),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Act(null, false))));
        return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.of(VotingRule.class),
                                   act.list().ofMinSize(1).ofMaxSize(12), Arbitraries.of(true, false))
                .as(Case::new);
    }

    @Property(tries = 300)
    void theDecisionCountsFromTheElectorsLeft(@ForAll("cases") Case c) {
        List<String> electors = IntStream.rangeClosed(1, c.acts().size()).mapToObj(i -> String.format("E%02d", i)).toList();
        Charter charter = new Charter(c.rule(), BigDecimal.valueOf(c.quorumPermille(), 3), 2, 14, null, null);
        List<Enterprise> founders = new ArrayList<>(electors.stream().map(id -> new Enterprise(id, id, "x")).toList());
        founders.add(new Enterprise("E99", "E99", "x"));
        List<Object> history = new ArrayList<>();
        history.add(new AllianceFounded(ALLIANCE, "n", "c", "r", DAY, List.of(), charter, founders, "E99"));
        List<String> electorate = new ArrayList<>(electors);
        electorate.add("E99");
        electorate.sort(null);
        if (c.motion()) {
            history.add(new MemberAdmitted(ALLIANCE, new Enterprise(SUBJECT, SUBJECT, "x"), DAY, "p-0"));
            history.add(new MotionFiled(ALLIANCE, BALLOT, MotionKind.EXPULSION, SUBJECT, DAY, "s", electorate,
                                        NOW.plusSeconds(86_400 * 14)));
        } else {
            history.add(new MembershipApplied(ALLIANCE, BALLOT, new Enterprise("APPLICANT", "申请人", "x"), DAY, null,
                                              electorate, NOW.plusSeconds(86_400 * 14)));
        }
        // E99, the chair, is an elector who does nothing: the vote then always ends with an operator's close
        Tally tally = Tally.empty(electorate.size());
        for (int i = 0; i < c.acts().size(); i++) {
            Act act = c.acts().get(i);
            if (act.recuses()) {
                tally = new Tally(tally.inFavour(), tally.against(), tally.abstain(), tally.eligible() - 1);
                history.add(c.motion() ? new MotionVoterRecused(ALLIANCE, BALLOT, electors.get(i), "r", DAY, tally.eligible())
                                       : new VoterRecused(ALLIANCE, BALLOT, electors.get(i), "r", DAY, tally.eligible()));
            } else if (act.vote() != null) {
                tally = tally.plus(act.vote());
                history.add(c.motion() ? new MotionVoteCast(ALLIANCE, BALLOT, electors.get(i), act.vote(), DAY)
                                       : new VoteCast(ALLIANCE, BALLOT, electors.get(i), act.vote(), DAY));
            }
        }
        RejectionReason reason = expectedRejection(c, tally);
        VoteClosure closure = VoteClosure.CLOSED_BY_OPERATOR;
        List<Object> expected = new ArrayList<>();
        if (c.motion()) {
            expected.add(reason == null
                    ? new MotionApproved(ALLIANCE, BALLOT, MotionKind.EXPULSION, SUBJECT, DAY, tally, closure)
                    : new MotionRejected(ALLIANCE, BALLOT, MotionKind.EXPULSION, SUBJECT, DAY, tally, closure, reason));
            if (reason == null) {
                expected.add(new MemberExpelled(ALLIANCE, SUBJECT, DAY, BALLOT));
            }
        } else if (reason == null) {
            expected.add(new ApplicationApproved(ALLIANCE, BALLOT, "APPLICANT", DAY, tally, closure));
            expected.add(new MemberAdmitted(ALLIANCE, new Enterprise("APPLICANT", "申请人", "x"), DAY, BALLOT));
        } else {
            expected.add(new ApplicationRejected(ALLIANCE, BALLOT, "APPLICANT", DAY, tally, closure, reason));
        }
        new AggregateTestFixture<>(Alliance.class)
                .givenCurrentTime(NOW)
                .andGiven(history)
                .when(c.motion() ? new CloseMotion(ALLIANCE, BALLOT, DAY) : new CloseVote(ALLIANCE, BALLOT, DAY))
                .expectEvents(expected.toArray());
    }

    /** The last elector to act completes the vote when everyone left has voted: the recusal or vote closes it. */
    @Property(tries = 200)
    void aRecusalOrVoteThatLeavesEveryoneLeftVotedClosesTheVote(@ForAll("cases") Case c) {
        List<Act> acts = c.acts().stream().map(a -> a.vote() == null && !a.recuses() ? new Act(VoteDecision.ABSTAIN, false) : a)
                .toList();
        List<String> electors = IntStream.rangeClosed(1, acts.size()).mapToObj(i -> String.format("E%02d", i)).toList();
        Charter charter = new Charter(c.rule(), BigDecimal.valueOf(c.quorumPermille(), 3), 2, 14, null, null);
        List<Enterprise> founders = new ArrayList<>(electors.stream().map(id -> new Enterprise(id, id, "x")).toList());
        founders.add(new Enterprise("E99", "E99", "x"));
        List<Object> history = new ArrayList<>(List.of(
                new AllianceFounded(ALLIANCE, "n", "c", "r", DAY, List.of(), charter, founders, "E99"),
                new MembershipApplied(ALLIANCE, BALLOT, new Enterprise("APPLICANT", "申请人", "x"), DAY, null, electors,
                                      NOW.plusSeconds(86_400 * 14))));
        Tally tally = Tally.empty(electors.size());
        List<Object> expected = new ArrayList<>();
        Object last = null;
        for (int i = 0; i < acts.size(); i++) {
            Act act = acts.get(i);
            Object event;
            if (act.recuses()) {
                tally = new Tally(tally.inFavour(), tally.against(), tally.abstain(), tally.eligible() - 1);
                event = new VoterRecused(ALLIANCE, BALLOT, electors.get(i), "r", DAY, tally.eligible());
                last = new RecuseFromApplication(ALLIANCE, BALLOT, electors.get(i), "r", DAY);
            } else {
                tally = tally.plus(act.vote());
                event = new VoteCast(ALLIANCE, BALLOT, electors.get(i), act.vote(), DAY);
                last = new CastVote(ALLIANCE, BALLOT, electors.get(i), act.vote(), DAY);
            }
            if (i < acts.size() - 1) {
                history.add(event);
            } else {
                expected.add(event);
            }
        }
        RejectionReason reason = expectedRejection(c, tally);
        if (reason == null) {
            expected.add(new ApplicationApproved(ALLIANCE, BALLOT, "APPLICANT", DAY, tally, VoteClosure.ALL_VOTED));
            expected.add(new MemberAdmitted(ALLIANCE, new Enterprise("APPLICANT", "申请人", "x"), DAY, BALLOT));
        } else {
            expected.add(new ApplicationRejected(ALLIANCE, BALLOT, "APPLICANT", DAY, tally, VoteClosure.ALL_VOTED, reason));
        }
        new AggregateTestFixture<>(Alliance.class)
                .givenCurrentTime(NOW)
                .andGiven(history)
                .when(last)
                .expectEvents(expected.toArray());
    }

    /** The API's definitions over the electors left, in exact fractions, independently of the production code. */
    private static RejectionReason expectedRejection(Case c, Tally tally) {
        int cast = tally.inFavour() + tally.against() + tally.abstain();
        if (cast * 1000L < (long) c.quorumPermille() * tally.eligible()) {
            return RejectionReason.QUORUM_NOT_MET;
        }
        int f = tally.inFavour();
        int a = tally.against();
        boolean passes = switch (c.rule()) {
            case SIMPLE_MAJORITY -> f > a;
            case TWO_THIRDS -> new BigDecimal(f).compareTo(
                    new BigDecimal(2 * (f + a)).divide(new BigDecimal(3), MathContext.DECIMAL128)) >= 0;
            case UNANIMOUS -> f > 0 && a == 0;
        };
        return passes ? null : RejectionReason.VOTING_RULE_NOT_MET;
    }
}
