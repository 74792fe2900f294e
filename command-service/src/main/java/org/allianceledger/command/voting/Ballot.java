package org.allianceledger.command.voting;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.allianceledger.events.Charter;
import org.allianceledger.events.RejectionReason;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteClosure;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.events.VotingRule;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

/**
 * A vote of the members, the rules that applications and motions share, each written once here: the electorate,
 * rule and quorum are fixed when it opens; an elector votes once, or stands aside before voting and leaves the
 * electorate (quorum then counts from the rest); it closes when every remaining elector voted, when an operator
 * closes it or when its window runs out, and is decided at close by {@link VotingOutcome}.
 * <p>
 * A subclass records its own events for a vote, a recusal and the decision, and hands them back to
 * {@link #counted}, {@link #recused} and its status; its fields stay flat in the snapshot.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public abstract class Ballot {

    private SortedSet<String> electorate;
    private SortedSet<String> recused = new TreeSet<>();
    private VotingRule rule;
    private BigDecimal quorum;
    private Map<String, VoteDecision> votes = new HashMap<>();
    private Tally tally;
    private LocalDate lastDateOn;

    protected Ballot() {
        // for snapshots
    }

    protected Ballot(Collection<String> electorate, Charter charter, LocalDate openedOn) {
        this.electorate = new TreeSet<>(electorate);
        this.rule = charter.votingRule();
        this.quorum = charter.quorum();
        this.tally = Tally.empty(this.electorate.size());
        this.lastDateOn = openedOn;
    }

    public abstract boolean isOpen();

    /** What this vote decides, for messages: "Application p-1". */
    protected abstract String describe();

    protected abstract LocalDate openedOn();

    /** Applies this ballot's event for a vote; {@code meetingId}: the joint meeting it was cast at, or null. */
    protected abstract void recordVote(String voter, VoteDecision decision, LocalDate castOn, String meetingId);

    /** Applies this ballot's event for a recusal, with the electorate left. */
    protected abstract void recordRecusal(String voter, String reason, LocalDate on, int eligible);

    /**
     * Applies the decision: approved when {@code rejection} is empty; {@code meetingId}: the joint meeting the
     * deciding vote or close named, or null.
     */
    protected abstract void recordDecision(VoteClosure closure, LocalDate on, Tally tally,
                                           Optional<RejectionReason> rejection, String meetingId);

    /** Only an elector still in the electorate and allowed to vote that day votes, once. */
    protected final void vote(String voter, VoteDecision decision, LocalDate castOn, String meetingId,
                              Electors electors) {
        if (!electorate.contains(voter)) {
            throw new Refused(RefusalCode.NOT_ELIGIBLE_TO_VOTE, voter + " is not in the electorate of " + describe());
        }
        if (recused.contains(voter)) {
            throw new Refused(RefusalCode.NOT_ELIGIBLE_TO_VOTE, voter + " stood aside from " + describe());
        }
        if (votes.get(voter) == decision) {
            return; // the same vote resent: nothing new
        }
        requireOpen();
        if (votes.containsKey(voter)) {
            throw new Refused(RefusalCode.ALREADY_VOTED, voter + " already voted " + votes.get(voter));
        }
        requireNotBefore(castOn, openedOn(), "A vote cannot be cast before " + describe() + " was filed");
        electors.requireMayVote(voter, castOn);
        recordVote(voter, decision, castOn, meetingId);
        closeIfEveryoneVoted(castOn, meetingId);
    }

    /** An elector who has not voted stands aside; when everyone left has voted, that closes the vote. */
    protected final void recuse(String voter, String reason, LocalDate on) {
        if (!electorate.contains(voter)) {
            throw new Refused(RefusalCode.NOT_ELIGIBLE_TO_VOTE, voter + " is not in the electorate of " + describe());
        }
        if (recused.contains(voter)) {
            return; // the recusal resent: nothing new
        }
        requireOpen();
        if (votes.containsKey(voter)) {
            throw new Refused(RefusalCode.ALREADY_VOTED, voter + " already voted " + votes.get(voter) + " and cannot stand aside");
        }
        requireNotBefore(on, openedOn(), "A recusal cannot precede " + describe());
        recordRecusal(voter, reason, on, tally.eligible() - 1);
        closeIfEveryoneVoted(on.isBefore(lastDateOn) ? lastDateOn : on, null);
    }

    protected final void close(LocalDate on, String meetingId) {
        requireOpen();
        requireNotBefore(on, lastDateOn, "A vote cannot close before its last vote or its filing");
        decide(VoteClosure.CLOSED_BY_OPERATOR, on, meetingId);
    }

    /** The window ran out on {@code endedOn}; a vote closed earlier stays as it was. */
    protected final void expire(LocalDate endedOn) {
        if (isOpen()) {
            decide(VoteClosure.VOTE_WINDOW_EXPIRED, endedOn.isBefore(lastDateOn) ? lastDateOn : endedOn, null);
        }
    }

    protected final void requireOpen() {
        if (!isOpen()) {
            throw new Refused(RefusalCode.APPLICATION_CLOSED, describe() + " is closed");
        }
    }

    protected static void requireNotBefore(LocalDate date, LocalDate earliest, String message) {
        if (date.isBefore(earliest)) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, message + " (" + earliest + ")");
        }
    }

    public final Tally tally() {
        return tally;
    }

    private void closeIfEveryoneVoted(LocalDate on, String meetingId) {
        if (votes.size() == tally.eligible()) {
            decide(VoteClosure.ALL_VOTED, on, meetingId);
        }
    }

    private void decide(VoteClosure closure, LocalDate on, String meetingId) {
        recordDecision(closure, on, tally, VotingOutcome.rejection(rule, quorum, tally), meetingId);
    }

    /** For the subclass's handler of its vote event. */
    protected final void counted(String voter, VoteDecision decision, LocalDate castOn) {
        votes.put(voter, decision);
        tally = tally.plus(decision);
        lastDateOn = castOn.isAfter(lastDateOn) ? castOn : lastDateOn;
    }

    /** For the subclass's handler of its recusal event. */
    protected final void recused(String voter, LocalDate on, int eligible) {
        recused.add(voter);
        tally = new Tally(tally.inFavour(), tally.against(), tally.abstain(), eligible);
        lastDateOn = on.isAfter(lastDateOn) ? on : lastDateOn;
    }

    /** Whole-state equality of the vote, for the subclasses' equals. */
    protected final boolean sameBallot(Ballot that) {
        return electorate.equals(that.electorate) && recused.equals(that.recused) && rule == that.rule
                && quorum.compareTo(that.quorum) == 0 && votes.equals(that.votes) && tally.equals(that.tally)
                && lastDateOn.equals(that.lastDateOn);
    }

    protected final int ballotHash() {
        return Objects.hash(electorate, rule);
    }
}
