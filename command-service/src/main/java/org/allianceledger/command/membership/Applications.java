package org.allianceledger.command.membership;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.Charter;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The alliance's membership applications and the rules of filing one; each application's vote is its own
 * ({@link MembershipApplication}). Members are the alliance's: filing is given them. Recusing and withdrawing need
 * nothing else of the alliance and are handled here.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class Applications {

    private String allianceId;
    private LocalDate foundedOn;
    private Charter charter;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, MembershipApplication> filed = new HashMap<>();

    /** {@code members}: when each current member joined; they are the electorate. */
    public ApplicationStanding file(ApplyForMembership command, Map<String, LocalDate> members,
                                    DeadlineManager deadlines) {
        MembershipApplication earlier = filed.get(command.applicationId());
        if (earlier != null) {
            if (!earlier.sameFiling(command)) {
                throw new Refused(RefusalCode.ID_ALREADY_USED, "Application " + command.applicationId() + " already exists");
            }
            return earlier.standing();
        }
        String applicant = command.applicant().id();
        if (members.containsKey(applicant)) {
            throw new Refused(RefusalCode.ALREADY_MEMBER, applicant + " is already a member");
        }
        if (filed.values().stream().anyMatch(a -> a.isOpen() && a.applicantId().equals(applicant))) {
            throw new Refused(RefusalCode.APPLICATION_ALREADY_OPEN, applicant + " already has an open application");
        }
        if (command.filedOn().isBefore(foundedOn)) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, "Filed before the alliance was founded on " + foundedOn);
        }
        Instant windowEnds = GenericEventMessage.clock.instant().plus(Duration.ofDays(charter.voteWindowDays()));
        apply(new MembershipApplied(allianceId, command.applicationId(), command.applicant(), command.filedOn(),
                                    command.statement(), List.copyOf(new TreeSet<>(members.keySet())), windowEnds));
        // Not cancelled when the vote closes earlier: expire() ignores a closed application.
        deadlines.schedule(windowEnds, VoteWindowExpired.DEADLINE, new VoteWindowExpired(command.applicationId(), windowEnds));
        return filed.get(command.applicationId()).standing();
    }

    @CommandHandler
    public ApplicationStanding handle(RecuseFromApplication command) {
        return application(command.applicationId()).recuse(command);
    }

    @CommandHandler
    public ApplicationStanding handle(WithdrawApplication command) {
        return application(command.applicationId()).withdraw(command);
    }

    public MembershipApplication application(String applicationId) {
        MembershipApplication application = filed.get(applicationId);
        if (application == null) {
            throw new Refused(RefusalCode.APPLICATION_NOT_FOUND, "No application " + applicationId + " in " + allianceId);
        }
        return application;
    }

    /** The vote window ran out: an application still open is decided then (a closed one stays as it was). */
    @DeadlineHandler(deadlineName = VoteWindowExpired.DEADLINE)
    void expire(VoteWindowExpired expired) {
        MembershipApplication application = filed.get(expired.applicationId());
        if (application != null) {
            application.expireOn(LocalDate.ofInstant(expired.endsAt(), BusinessCalendar.ZONE));
        }
    }

    @EventSourcingHandler
    void on(AllianceFounded founded) {
        allianceId = founded.allianceId();
        foundedOn = founded.foundedOn();
        charter = founded.charter();
    }

    @EventSourcingHandler
    void on(MembershipApplied applied) {
        filed.put(applied.applicationId(), MembershipApplication.filed(applied, charter));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Applications that && Objects.equals(allianceId, that.allianceId)
                && Objects.equals(foundedOn, that.foundedOn) && Objects.equals(charter, that.charter)
                && filed.equals(that.filed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allianceId, filed.keySet());
    }
}
