package org.allianceledger.command.alliance;

import org.allianceledger.command.AllianceVersion;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.allianceledger.command.meetings.CancelMeeting;
import org.allianceledger.command.meetings.Meeting;
import org.allianceledger.command.meetings.MeetingCadence;
import org.allianceledger.command.meetings.MeetingDue;
import org.allianceledger.command.meetings.MeetingReference;
import org.allianceledger.command.meetings.MeetingStanding;
import org.allianceledger.command.meetings.RecordMeeting;
import org.allianceledger.command.meetings.ScheduleMeeting;
import org.allianceledger.command.membership.ApplicationStanding;
import org.allianceledger.command.membership.ApplyForMembership;
import org.allianceledger.command.membership.CastVote;
import org.allianceledger.command.membership.CloseVote;
import org.allianceledger.command.membership.MembershipApplication;
import org.allianceledger.command.membership.VoteWindowExpired;
import org.allianceledger.command.membership.WithdrawApplication;
import org.allianceledger.command.membership.WithdrawFromAlliance;
import org.allianceledger.command.rotation.ChairRotation;
import org.allianceledger.command.rotation.ChairTermEnded;
import org.allianceledger.command.rotation.HandOverRotation;
import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.DealRecorded;
import org.allianceledger.events.Charter;
import org.allianceledger.events.Enterprise;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MeetingScheduled;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An industry-chain alliance: its charter, its members and their applications. State holds only what
 * decisions need; snapshots (threshold in configuration) keep loading it cheap however long its history.
 */
// The revision of the snapshots' shape: a snapshot of another revision is ignored and the alliance sourced from its
// events (2: meetings and their cadence)
@Revision("2")
@Aggregate(snapshotTriggerDefinition = "allianceSnapshotTrigger", lockFactory = "allianceLockFactory")
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class Alliance {

    @AggregateIdentifier
    private String allianceId;
    /** Kept whole so that founding again with the same id and body is recognised as a retry. */
    private AllianceFounded founding;
    private Charter charter;
    private Map<String, LocalDate> members = new HashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, MembershipApplication> applications = new HashMap<>();
    @AggregateMember
    private ChairRotation rotation = new ChairRotation();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, Meeting> meetings = new HashMap<>();
    @AggregateMember
    private MeetingCadence cadence = new MeetingCadence();

    protected Alliance() {
        // for Axon and snapshots
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public AllianceVersion handle(FoundAlliance command, DeadlineManager deadlines) {
        AllianceFounded founded = command.toEvent();
        if (founding != null) {
            if (!founding.equals(founded)) {
                throw new Refused(RefusalCode.ID_ALREADY_USED, "Alliance " + command.allianceId() + " already exists");
            }
            return AllianceVersion.of(allianceId);
        }
        List<String> founders = command.foundingMembers().stream().map(Enterprise::id).toList();
        if (founders.size() < 2 || new TreeSet<>(founders).size() != founders.size()) {
            throw new Refused(RefusalCode.VALIDATION_FAILED, "An alliance needs at least two distinct founding members");
        }
        if (!founders.contains(command.initialChair())) {
            throw new Refused(RefusalCode.VALIDATION_FAILED, "The initial chair must be a founding member");
        }
        apply(founded);
        rotation.scheduleTermEnd(deadlines);
        cadence.scheduleDue(deadlines);
        return AllianceVersion.of(command.allianceId());
    }

    @CommandHandler
    public ApplicationStanding handle(ApplyForMembership command, DeadlineManager deadlines) {
        MembershipApplication earlier = applications.get(command.applicationId());
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
        if (applications.values().stream().anyMatch(a -> a.isOpen() && a.applicantId().equals(applicant))) {
            throw new Refused(RefusalCode.APPLICATION_ALREADY_OPEN, applicant + " already has an open application");
        }
        if (command.filedOn().isBefore(founding.foundedOn())) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, "Filed before the alliance was founded on " + founding.foundedOn());
        }
        Instant windowEnds = GenericEventMessage.clock.instant().plus(Duration.ofDays(charter.voteWindowDays()));
        apply(new MembershipApplied(allianceId, command.applicationId(), command.applicant(), command.filedOn(),
                                    command.statement(), List.copyOf(new TreeSet<>(members.keySet())), windowEnds));
        // Not cancelled when the vote closes earlier: the handler below ignores a closed application.
        deadlines.schedule(windowEnds, VoteWindowExpired.DEADLINE, new VoteWindowExpired(command.applicationId(), windowEnds));
        return applications.get(command.applicationId()).standing();
    }

    @CommandHandler
    public ApplicationStanding handle(CastVote command) {
        MeetingReference.at(meetings, command.meetingId(), command.castOn()).admittingVoter(command.voter());
        return application(command.applicationId()).castVote(command, members::containsKey);
    }

    @CommandHandler
    public ApplicationStanding handle(CloseVote command) {
        MeetingReference.at(meetings, command.meetingId(), command.closedOn());
        return application(command.applicationId()).close(command);
    }

    @CommandHandler
    public ApplicationStanding handle(WithdrawApplication command) {
        return application(command.applicationId()).withdraw(command);
    }

    @CommandHandler
    public AllianceVersion handle(HandOverRotation command, DeadlineManager deadlines) {
        MeetingReference.at(meetings, command.meetingId(), command.effectiveOn());
        rotation.handOver(command, members::containsKey, deadlines);
        return AllianceVersion.of(allianceId);
    }

    @CommandHandler
    public MeetingStanding handle(ScheduleMeeting command) {
        Meeting earlier = meetings.get(command.meetingId());
        if (earlier != null) {
            if (!earlier.sameScheduling(command)) {
                throw new Refused(RefusalCode.ID_ALREADY_USED, "Meeting " + command.meetingId() + " already exists");
            }
            return earlier.standing();
        }
        if (command.scheduledOn().isBefore(founding.foundedOn())) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, "The alliance was founded on " + founding.foundedOn());
        }
        apply(new MeetingScheduled(allianceId, command.meetingId(), command.title(), command.scheduledOn(),
                                   command.agenda()));
        return meetings.get(command.meetingId()).standing();
    }

    @CommandHandler
    public MeetingStanding handle(RecordMeeting command, DeadlineManager deadlines) {
        LocalDate dueBefore = cadence.dueOn();
        MeetingStanding standing = meeting(command.meetingId()).record(command, today(), founding.foundedOn(), members);
        if (!cadence.dueOn().equals(dueBefore)) {
            // the earlier due day's deadline is left to fire: it no longer names the current one and does nothing
            cadence.scheduleDue(deadlines);
        }
        return standing;
    }

    @CommandHandler
    public MeetingStanding handle(CancelMeeting command) {
        return meeting(command.meetingId()).cancel(command, today());
    }

    @CommandHandler
    public AllianceVersion handle(WithdrawFromAlliance command) {
        LocalDate since = members.get(command.member());
        if (since == null) {
            throw new Refused(RefusalCode.MEMBER_NOT_FOUND, command.member() + " is not a member of " + allianceId);
        }
        if (command.member().equals(rotation.chair())) {
            throw new Refused(RefusalCode.CHAIR_MUST_HAND_OVER_FIRST, "The chair must hand the rotation over before leaving");
        }
        if (command.effectiveOn().isBefore(since)) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, command.member() + " has been a member since " + since);
        }
        apply(new MemberWithdrew(allianceId, command.member(), command.effectiveOn(), command.reason()));
        return AllianceVersion.of(allianceId);
    }

    /** Called by the RecordDeal handler, which keeps deal ids outside this aggregate so its state stays small. */
    /** Records the deal if both parties are members, and were when it was signed; its id is checked beside. */
    public long recordDeal(DealRecorded deal) {
        if (deal.provider().equals(deal.receiver())) {
            throw new Refused(RefusalCode.SAME_ENTERPRISE, "A deal needs two different members");
        }
        for (String party : List.of(deal.provider(), deal.receiver())) {
            LocalDate since = members.get(party);
            if (since == null) {
                throw new Refused(RefusalCode.NOT_A_MEMBER, party + " is not a member of " + allianceId);
            }
            if (deal.signedOn().isBefore(since)) {
                throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, party + " has been a member only since " + since);
            }
        }
        apply(deal);
        return AllianceVersion.current();
    }

    @DeadlineHandler(deadlineName = ChairTermEnded.DEADLINE)
    void on(ChairTermEnded ended) {
        rotation.termEnded(ended);
    }

    @DeadlineHandler(deadlineName = MeetingDue.DEADLINE)
    void on(MeetingDue due) {
        cadence.due(due);
    }

    @DeadlineHandler(deadlineName = VoteWindowExpired.DEADLINE)
    void on(VoteWindowExpired expired) {
        MembershipApplication application = applications.get(expired.applicationId());
        if (application != null) {
            application.expire(LocalDate.ofInstant(expired.endsAt(), BusinessCalendar.ZONE));
        }
    }

    private Meeting meeting(String meetingId) {
        Meeting meeting = meetings.get(meetingId);
        if (meeting == null) {
            throw new Refused(RefusalCode.MEETING_NOT_FOUND, "No meeting " + meetingId + " in " + allianceId);
        }
        return meeting;
    }

    /** Today in Shanghai by the clock events are stamped with (which the test fixtures set). */
    private static LocalDate today() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), BusinessCalendar.ZONE);
    }

    private MembershipApplication application(String applicationId) {
        MembershipApplication application = applications.get(applicationId);
        if (application == null) {
            throw new Refused(RefusalCode.APPLICATION_NOT_FOUND, "No application " + applicationId + " in " + allianceId);
        }
        return application;
    }

    @EventSourcingHandler
    void on(AllianceFounded founded) {
        allianceId = founded.allianceId();
        founding = founded;
        charter = founded.charter();
        founded.foundingMembers().forEach(member -> members.put(member.id(), founded.foundedOn()));
    }

    @EventSourcingHandler
    void on(MembershipApplied applied) {
        applications.put(applied.applicationId(), MembershipApplication.filed(applied, charter));
    }

    @EventSourcingHandler
    void on(MeetingScheduled scheduled) {
        meetings.put(scheduled.meetingId(), Meeting.scheduled(scheduled));
    }

    @EventSourcingHandler
    void on(MemberAdmitted admitted) {
        members.put(admitted.member().id(), admitted.memberSince());
    }

    @EventSourcingHandler
    void on(MemberWithdrew withdrew) {
        members.remove(withdrew.member());
    }
}
