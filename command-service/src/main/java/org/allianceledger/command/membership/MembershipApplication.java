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
import org.allianceledger.events.VotingRule;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One application and its vote. The electorate, the rule and the quorum are fixed when it is filed;
 * the vote closes when every elector voted, when an operator closes it, or when its window runs out.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class MembershipApplication {

    @EntityId
    private String applicationId;
    private String allianceId;
    private Enterprise applicant;
    private LocalDate filedOn;
    private String statement;
    private SortedSet<String> electorate;
    private VotingRule rule;
    private BigDecimal quorum;
    private Map<String, VoteDecision> votes = new HashMap<>();
    private Tally tally;
    private LocalDate lastDateOn;
    private ApplicationStatus status;

    MembershipApplication() {
        // for snapshots
    }

    /** The application as filed, under the charter in force at that moment. */
    public static MembershipApplication filed(MembershipApplied filed, Charter charter) {
        return new MembershipApplication(filed, charter);
    }

    private MembershipApplication(MembershipApplied filed, Charter charter) {
        this.applicationId = filed.applicationId();
        this.allianceId = filed.allianceId();
        this.applicant = filed.applicant();
        this.filedOn = filed.filedOn();
        this.statement = filed.statement();
        this.electorate = new TreeSet<>(filed.electorate());
        this.rule = charter.votingRule();
        this.quorum = charter.quorum();
        this.tally = Tally.empty(electorate.size());
        this.lastDateOn = filed.filedOn();
        this.status = ApplicationStatus.OPEN;
    }

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

    /** Only an elector who is still a member votes; the electorate and quorum stay as fixed at filing. */
    public ApplicationStanding castVote(CastVote vote, Predicate<String> isMember) {
        if (!electorate.contains(vote.voter())) {
            throw new Refused(RefusalCode.NOT_ELIGIBLE_TO_VOTE,
                              vote.voter() + " was not a member when application " + applicationId + " was filed");
        }
        if (!isMember.test(vote.voter())) {
            throw new Refused(RefusalCode.NOT_ELIGIBLE_TO_VOTE, vote.voter() + " has left the alliance");
        }
        if (votes.get(vote.voter()) == vote.decision()) {
            return standing(); // the same vote resent: nothing new
        }
        requireOpen();
        if (votes.containsKey(vote.voter())) {
            throw new Refused(RefusalCode.ALREADY_VOTED, vote.voter() + " already voted " + votes.get(vote.voter()));
        }
        requireNotBefore(vote.castOn(), filedOn, "A vote cannot be cast before the application was filed");
        apply(new VoteCast(allianceId, applicationId, vote.voter(), vote.decision(), vote.castOn(), vote.meetingId()));
        if (votes.size() == electorate.size()) {
            decide(VoteClosure.ALL_VOTED, vote.castOn(), vote.meetingId());
        }
        return standing();
    }

    public ApplicationStanding close(CloseVote close) {
        requireOpen();
        requireNotBefore(close.closedOn(), lastDateOn, "A vote cannot close before its last vote or its filing");
        decide(VoteClosure.CLOSED_BY_OPERATOR, close.closedOn(), close.meetingId());
        return standing();
    }

    public void expire(LocalDate endedOn) {
        if (isOpen()) {
            decide(VoteClosure.VOTE_WINDOW_EXPIRED, endedOn.isBefore(lastDateOn) ? lastDateOn : endedOn, null);
        }
    }

    public ApplicationStanding withdraw(WithdrawApplication withdrawal) {
        requireOpen();
        requireNotBefore(withdrawal.withdrawnOn(), filedOn, "An application cannot be withdrawn before it was filed");
        apply(new ApplicationWithdrawn(allianceId, applicationId, applicant.id(), withdrawal.withdrawnOn()));
        return standing();
    }

    public ApplicationStanding standing() {
        return new ApplicationStanding(allianceId, applicationId, AllianceVersion.current(), status,
                                       ApplicationStanding.Votes.of(tally), isOpen() ? null : status);
    }

    /** {@code meetingId}: the joint meeting the deciding vote or close named, or null. */
    private void decide(VoteClosure closure, LocalDate on, String meetingId) {
        Optional<RejectionReason> rejection = VotingOutcome.rejection(rule, quorum, tally);
        if (rejection.isPresent()) {
            apply(new ApplicationRejected(allianceId, applicationId, applicant.id(), on, tally, closure,
                                          rejection.get(), meetingId));
        } else {
            apply(new ApplicationApproved(allianceId, applicationId, applicant.id(), on, tally, closure, meetingId));
            apply(new MemberAdmitted(allianceId, applicant, on, applicationId));
        }
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new Refused(RefusalCode.APPLICATION_CLOSED, "Application " + applicationId + " is " + status);
        }
    }

    private static void requireNotBefore(LocalDate date, LocalDate earliest, String message) {
        if (date.isBefore(earliest)) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, message + " (" + earliest + ")");
        }
    }

    /** Whole-state equality: Axon's fixtures compare state sourced twice, and snapshots must round-trip. */
    @Override
    public boolean equals(Object other) {
        return other instanceof MembershipApplication that
                && applicationId.equals(that.applicationId) && allianceId.equals(that.allianceId)
                && applicant.equals(that.applicant) && filedOn.equals(that.filedOn)
                && Objects.equals(statement, that.statement) && electorate.equals(that.electorate)
                && rule == that.rule && quorum.compareTo(that.quorum) == 0 && votes.equals(that.votes)
                && tally.equals(that.tally) && lastDateOn.equals(that.lastDateOn) && status == that.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(applicationId, allianceId);
    }

    @EventSourcingHandler
    void on(VoteCast cast) {
        votes.put(cast.voter(), cast.decision());
        tally = tally.plus(cast.decision());
        lastDateOn = cast.castOn().isAfter(lastDateOn) ? cast.castOn() : lastDateOn;
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
