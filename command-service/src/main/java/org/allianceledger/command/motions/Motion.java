package org.allianceledger.command.motions;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.allianceledger.command.AllianceVersion;
import org.allianceledger.command.membership.ApplicationStanding;
import org.allianceledger.command.voting.Ballot;
import org.allianceledger.command.voting.Electors;
import org.allianceledger.events.Charter;
import org.allianceledger.events.MotionApproved;
import org.allianceledger.events.MotionFiled;
import org.allianceledger.events.MotionKind;
import org.allianceledger.events.MotionRejected;
import org.allianceledger.events.MotionVoteCast;
import org.allianceledger.events.MotionVoterRecused;
import org.allianceledger.events.RejectionReason;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteClosure;
import org.allianceledger.events.VoteDecision;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A motion put to the members, decided like an application ({@link Ballot}): the electorate is the members at
 * filing without its subject. The alliance removes the subject of an approved expulsion.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class Motion extends Ballot {

    @EntityId
    private String motionId;
    private String allianceId;
    private MotionKind kind;
    private String subject;
    private LocalDate filedOn;
    private String statement;
    private MotionStatus status;
    private LocalDate decidedOn;

    Motion() {
        // for snapshots
    }

    public static Motion filed(MotionFiled filed, Charter charter) {
        return new Motion(filed, charter);
    }

    private Motion(MotionFiled filed, Charter charter) {
        super(filed.electorate(), charter, filed.filedOn());
        this.motionId = filed.motionId();
        this.allianceId = filed.allianceId();
        this.kind = filed.kind();
        this.subject = filed.subject();
        this.filedOn = filed.filedOn();
        this.statement = filed.statement();
        this.status = MotionStatus.OPEN;
    }

    @Override
    public boolean isOpen() {
        return status == MotionStatus.OPEN;
    }

    public String subject() {
        return subject;
    }

    public MotionKind kind() {
        return kind;
    }

    /** The day it was approved; null unless approved. */
    public LocalDate approvedOn() {
        return status == MotionStatus.APPROVED ? decidedOn : null;
    }

    /** The same motion filed again with the same id, for idempotent retries. */
    public boolean sameFiling(FileMotion command) {
        return kind == command.kind() && subject.equals(command.subject()) && filedOn.equals(command.filedOn())
                && Objects.equals(statement, command.statement());
    }

    public void castVote(CastMotionVote vote, Electors electors) {
        vote(vote.voter(), vote.decision(), vote.castOn(), vote.meetingId(), electors);
    }

    public void recuse(RecuseFromMotion recusal) {
        recuse(recusal.voter(), recusal.reason(), recusal.recusedOn());
    }

    public void close(CloseMotion close) {
        close(close.closedOn(), close.meetingId());
    }

    public void expireOn(LocalDate endedOn) {
        expire(endedOn);
    }

    public MotionStanding standing() {
        return new MotionStanding(allianceId, motionId, AllianceVersion.current(), status,
                                  ApplicationStanding.Votes.of(tally()), isOpen() ? null : status);
    }

    @Override
    protected String describe() {
        return "Motion " + motionId;
    }

    @Override
    protected LocalDate openedOn() {
        return filedOn;
    }

    @Override
    protected void recordVote(String voter, VoteDecision decision, LocalDate castOn, String meetingId) {
        apply(new MotionVoteCast(allianceId, motionId, voter, decision, castOn, meetingId));
    }

    @Override
    protected void recordRecusal(String voter, String reason, LocalDate on, int eligible) {
        apply(new MotionVoterRecused(allianceId, motionId, voter, reason, on, eligible));
    }

    @Override
    protected void recordDecision(VoteClosure closure, LocalDate on, Tally tally, Optional<RejectionReason> rejection,
                                  String meetingId) {
        if (rejection.isPresent()) {
            apply(new MotionRejected(allianceId, motionId, kind, subject, on, tally, closure, rejection.get(),
                                     meetingId));
        } else {
            apply(new MotionApproved(allianceId, motionId, kind, subject, on, tally, closure, meetingId));
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Motion that && motionId.equals(that.motionId) && allianceId.equals(that.allianceId)
                && kind == that.kind && subject.equals(that.subject) && filedOn.equals(that.filedOn)
                && Objects.equals(statement, that.statement) && status == that.status
                && Objects.equals(decidedOn, that.decidedOn) && sameBallot(that);
    }

    @Override
    public int hashCode() {
        return Objects.hash(motionId, allianceId);
    }

    @EventSourcingHandler
    void on(MotionVoteCast cast) {
        counted(cast.voter(), cast.decision(), cast.castOn());
    }

    @EventSourcingHandler
    void on(MotionVoterRecused recusal) {
        recused(recusal.voter(), recusal.recusedOn(), recusal.eligible());
    }

    @EventSourcingHandler
    void on(MotionApproved approved) {
        status = MotionStatus.APPROVED;
        decidedOn = approved.decidedOn();
    }

    @EventSourcingHandler
    void on(MotionRejected rejected) {
        status = MotionStatus.REJECTED;
        decidedOn = rejected.decidedOn();
    }
}
