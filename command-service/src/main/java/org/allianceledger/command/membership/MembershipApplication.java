package org.allianceledger.command.membership;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.allianceledger.command.AllianceVersion;
import org.allianceledger.events.ApplicationApproved;
import org.allianceledger.events.ApplicationRejected;
import org.allianceledger.events.ApplicationWithdrawn;
import org.allianceledger.events.Charter;
import org.allianceledger.events.Enterprise;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.events.RejectionReason;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteCast;
import org.allianceledger.events.VoteClosure;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.events.VoterRecused;
import org.allianceledger.command.voting.Ballot;
import org.allianceledger.command.voting.Electors;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One application and its vote (the rules of the vote in {@link Ballot}): the electorate, the rule and the quorum
 * are fixed when it is filed; an approved applicant is a member from the day of the decision.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class MembershipApplication extends Ballot {

    @EntityId
    private String applicationId;
    private String allianceId;
    private Enterprise applicant;
    private LocalDate filedOn;
    private String statement;
    private ApplicationStatus status;

    MembershipApplication() {
        // for snapshots
    }

    /** The application as filed, under the charter in force at that moment. */
    public static MembershipApplication filed(MembershipApplied filed, Charter charter) {
        return new MembershipApplication(filed, charter);
    }

    private MembershipApplication(MembershipApplied filed, Charter charter) {
        super(filed.electorate(), charter, filed.filedOn());
        this.applicationId = filed.applicationId();
        this.allianceId = filed.allianceId();
        this.applicant = filed.applicant();
        this.filedOn = filed.filedOn();
        this.statement = filed.statement();
        this.status = ApplicationStatus.OPEN;
    }

    @Override
    public boolean isOpen() {
        return status == ApplicationStatus.OPEN;
    }

    public String applicantId() {
        return applicant.id();
    }

    /** The same application filed again with the same id, for idempotent retries. */
    public boolean sameFiling(ApplyForMembership command) {
        return applicant.equals(command.applicant())
                && filedOn.equals(command.filedOn())
                && Objects.equals(statement, command.statement());
    }

    /** Only an elector who may still vote votes; the electorate and quorum stay as fixed at filing. */
    public ApplicationStanding castVote(CastVote vote, Electors electors) {
        vote(vote.voter(), vote.decision(), vote.castOn(), vote.meetingId(), electors);
        return standing();
    }

    public ApplicationStanding recuse(RecuseFromApplication recusal) {
        recuse(recusal.voter(), recusal.reason(), recusal.recusedOn());
        return standing();
    }

    public ApplicationStanding close(CloseVote close) {
        close(close.closedOn(), close.meetingId());
        return standing();
    }

    public void expireOn(LocalDate endedOn) {
        expire(endedOn);
    }

    public ApplicationStanding withdraw(WithdrawApplication withdrawal) {
        requireOpen();
        requireNotBefore(withdrawal.withdrawnOn(), filedOn, "An application cannot be withdrawn before it was filed");
        apply(new ApplicationWithdrawn(allianceId, applicationId, applicant.id(), withdrawal.withdrawnOn()));
        return standing();
    }

    public ApplicationStanding standing() {
        return new ApplicationStanding(allianceId, applicationId, AllianceVersion.current(), status,
                                       ApplicationStanding.Votes.of(tally()), isOpen() ? null : status);
    }

    @Override
    protected String describe() {
        return "Application " + applicationId;
    }

    @Override
    protected LocalDate openedOn() {
        return filedOn;
    }

    @Override
    protected void recordVote(String voter, VoteDecision decision, LocalDate castOn, String meetingId) {
        apply(new VoteCast(allianceId, applicationId, voter, decision, castOn, meetingId));
    }

    @Override
    protected void recordRecusal(String voter, String reason, LocalDate on, int eligible) {
        apply(new VoterRecused(allianceId, applicationId, voter, reason, on, eligible));
    }

    @Override
    protected void recordDecision(VoteClosure closure, LocalDate on, Tally tally, Optional<RejectionReason> rejection,
                                  String meetingId) {
        if (rejection.isPresent()) {
            apply(new ApplicationRejected(allianceId, applicationId, applicant.id(), on, tally, closure,
                                          rejection.get(), meetingId));
        } else {
            apply(new ApplicationApproved(allianceId, applicationId, applicant.id(), on, tally, closure, meetingId));
            apply(new MemberAdmitted(allianceId, applicant, on, applicationId));
        }
    }

    /** Whole-state equality: Axon's fixtures compare state sourced twice, and snapshots must round-trip. */
    @Override
    public boolean equals(Object other) {
        return other instanceof MembershipApplication that
                && applicationId.equals(that.applicationId) && allianceId.equals(that.allianceId)
                && applicant.equals(that.applicant) && filedOn.equals(that.filedOn)
                && Objects.equals(statement, that.statement) && status == that.status && sameBallot(that);
    }

    @Override
    public int hashCode() {
        return Objects.hash(applicationId, allianceId);
    }

    @EventSourcingHandler
    void on(VoteCast cast) {
        counted(cast.voter(), cast.decision(), cast.castOn());
    }

    @EventSourcingHandler
    void on(VoterRecused recusal) {
        recused(recusal.voter(), recusal.recusedOn(), recusal.eligible());
    }

    @EventSourcingHandler
    void on(ApplicationApproved approved) {
        status = ApplicationStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(ApplicationRejected rejected) {
        status = ApplicationStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(ApplicationWithdrawn withdrawn) {
        status = ApplicationStatus.WITHDRAWN;
    }
}
