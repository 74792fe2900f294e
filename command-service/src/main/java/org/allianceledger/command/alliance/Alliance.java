package org.allianceledger.command.alliance;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.allianceledger.command.AllianceVersion;
import org.allianceledger.command.activities.Activities;
import org.allianceledger.command.activities.RecordActivity;
import org.allianceledger.command.activities.RecordedActivity;
import org.allianceledger.command.departments.AppointInstructor;
import org.allianceledger.command.departments.Partners;
import org.allianceledger.command.departments.PostInstructor;
import org.allianceledger.command.meetings.MeetingReference;
import org.allianceledger.command.meetings.MeetingStanding;
import org.allianceledger.command.meetings.Meetings;
import org.allianceledger.command.meetings.RecordMeeting;
import org.allianceledger.command.membership.ApplicationStanding;
import org.allianceledger.command.membership.Applications;
import org.allianceledger.command.membership.ApplyForMembership;
import org.allianceledger.command.membership.CastVote;
import org.allianceledger.command.membership.CloseVote;
import org.allianceledger.command.membership.WithdrawFromAlliance;
import org.allianceledger.command.motions.CastMotionVote;
import org.allianceledger.command.motions.CloseMotion;
import org.allianceledger.command.motions.FileMotion;
import org.allianceledger.command.motions.Motion;
import org.allianceledger.command.motions.MotionStanding;
import org.allianceledger.command.motions.MotionWindowExpired;
import org.allianceledger.command.motions.Motions;
import org.allianceledger.command.motions.RecuseFromMotion;
import org.allianceledger.command.rotation.ChairRotation;
import org.allianceledger.command.rotation.HandOverRotation;
import org.allianceledger.command.rotation.PlanRotation;
import org.allianceledger.command.suspension.LiftSuspension;
import org.allianceledger.command.suspension.SuspendMember;
import org.allianceledger.command.suspension.Suspensions;
import org.allianceledger.command.problems.VouchForAssignment;
import org.allianceledger.command.problems.VouchForRaising;
import org.allianceledger.command.visits.RecordVisit;
import org.allianceledger.command.visits.VisitVersion;
import org.allianceledger.command.visits.Visits;
import org.allianceledger.command.zones.ZoneAdmission;
import org.allianceledger.events.AllianceEvent;
import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.DealRecorded;
import org.allianceledger.events.Enterprise;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MemberExpelled;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An industry-chain alliance, the root of its aggregate (decision 14): it owns the founding and the members, hands
 * each command to the entity of its capability (applications, rotation, zone, suspensions, motions, partners,
 * meetings, activities), giving it the members where it needs them, and keeps the rules that cross capabilities: leaving, who
 * may vote, the meeting a decision names. A command that needs nothing of the alliance is handled in its entity.
 * State holds only what decisions need; snapshots (threshold in configuration) keep loading it cheap however long
 * its history.
 * <p>
 * The revision names the shape of that state: raise it whenever the state changes, so that snapshots of an older
 * shape are passed over (Axon's revision snapshot filter) and the alliance is sourced from its events instead.
 * Revision 1: the service side. Revision 2: applications, suspensions, motions, meetings (with their cadence) and
 * the zone each held by an entity of their own. Revision 3: the activities; 4: the visits.
 */
@Revision("4")
@Aggregate(snapshotTriggerDefinition = "allianceSnapshotTrigger", lockFactory = "allianceLockFactory", cache = "allianceCache")
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class Alliance {

    @AggregateIdentifier
    private String allianceId;
    /** Kept whole so that founding again with the same id and body is recognised as a retry. */
    private AllianceFounded founding;
    /** When each current member joined. */
    private Map<String, LocalDate> members = new HashMap<>();
    @AggregateMember
    private Applications applications = new Applications();
    @AggregateMember
    private ChairRotation rotation = new ChairRotation();
    @AggregateMember
    private ZoneAdmission zone = new ZoneAdmission();
    @AggregateMember
    private Suspensions suspensions = new Suspensions();
    @AggregateMember
    private Motions motions = new Motions();
    @AggregateMember
    private Partners partners = new Partners();
    @AggregateMember
    private Meetings meetings = new Meetings();
    @AggregateMember
    private Activities activities = new Activities();
    @AggregateMember
    private Visits visits = new Visits();

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
        meetings.scheduleDue(deadlines);
        return AllianceVersion.of(command.allianceId());
    }

    @CommandHandler
    public ApplicationStanding handle(ApplyForMembership command, DeadlineManager deadlines) {
        return applications.file(command, members, deadlines);
    }

    @CommandHandler
    public ApplicationStanding handle(CastVote command) {
        MeetingReference.at(meetings, command.meetingId(), command.castOn()).admittingVoter(command.voter());
        return applications.application(command.applicationId()).castVote(command, this::requireMayVote);
    }

    @CommandHandler
    public ApplicationStanding handle(CloseVote command) {
        MeetingReference.at(meetings, command.meetingId(), command.closedOn());
        return applications.application(command.applicationId()).close(command);
    }

    @CommandHandler
    public AllianceVersion handle(HandOverRotation command, DeadlineManager deadlines) {
        motions.requireMayTakeChair(command.to());
        MeetingReference.at(meetings, command.meetingId(), command.effectiveOn());
        rotation.handOver(command, members::containsKey, deadlines);
        return AllianceVersion.of(allianceId);
    }

    @CommandHandler
    public AllianceVersion handle(PlanRotation command) {
        rotation.plan(command, members::containsKey);
        return AllianceVersion.of(allianceId);
    }

    @CommandHandler
    public AllianceVersion handle(SuspendMember command) {
        suspensions.suspend(command, requireMember(command.member()));
        return AllianceVersion.of(allianceId);
    }

    @CommandHandler
    public AllianceVersion handle(LiftSuspension command) {
        requireMember(command.member());
        suspensions.lift(command);
        return AllianceVersion.of(allianceId);
    }

    @CommandHandler
    public MotionStanding handle(FileMotion command, DeadlineManager deadlines) {
        return motions.file(command, members, rotation.chair(), deadlines);
    }

    @CommandHandler
    public MotionStanding handle(CastMotionVote command) {
        MeetingReference.at(meetings, command.meetingId(), command.castOn()).admittingVoter(command.voter());
        return onMotion(command.motionId(), motion -> motion.castVote(command, this::requireMayVote));
    }

    @CommandHandler
    public MotionStanding handle(RecuseFromMotion command) {
        return onMotion(command.motionId(), motion -> motion.recuse(command));
    }

    @CommandHandler
    public MotionStanding handle(CloseMotion command) {
        MeetingReference.at(meetings, command.meetingId(), command.closedOn());
        return onMotion(command.motionId(), motion -> motion.close(command));
    }

    /** Acts on an open or closed motion; one this approves expels its subject from the day of the decision. */
    private MotionStanding onMotion(String motionId, Consumer<Motion> action) {
        Motion motion = motions.motion(motionId);
        boolean wasOpen = motion.isOpen();
        action.accept(motion);
        if (wasOpen && motion.approvedOn() != null) {
            expel(motion.subject(), motion.approvedOn(), motionId);
        }
        return motion.standing();
    }

    @CommandHandler
    public MeetingStanding handle(RecordMeeting command, DeadlineManager deadlines) {
        return meetings.record(command, members, partners::requirePartnerOn, deadlines);
    }

    @CommandHandler
    public RecordedActivity handle(RecordActivity command) {
        activities.record(command, members, partners::requirePartnerOn);
        return new RecordedActivity(allianceId, command.activityId(), AllianceVersion.current());
    }

    @CommandHandler
    public AllianceVersion handle(AppointInstructor command) {
        partners.appoint(command, members::get);
        return AllianceVersion.of(allianceId);
    }

    @CommandHandler
    public AllianceVersion handle(PostInstructor command) {
        partners.post(command, members::get);
        return AllianceVersion.of(allianceId);
    }

    @CommandHandler
    public VisitVersion handle(RecordVisit command) {
        return visits.record(command, members::get, partners::requireInstructorOn, partners::requirePartnerOn);
    }

    /** Records nothing: answers, in the alliance's turn, what raising a problem needs of it (decision 15). */
    @CommandHandler
    public void handle(VouchForRaising command) {
        LocalDate since = members.get(command.raisedBy());
        if (since == null) {
            throw new Refused(RefusalCode.NOT_A_MEMBER, command.raisedBy() + " is not a member of " + allianceId);
        }
        if (command.raisedOn().isBefore(since)) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, command.raisedBy() + " is a member since " + since);
        }
        if (command.visitId() != null) {
            visits.requireVisit(command.visitId());
        }
    }

    /** Records nothing: the department a problem is assigned to is a partner on the assignment day. */
    @CommandHandler
    public void handle(VouchForAssignment command) {
        partners.requirePartnerOn(command.departmentId(), command.assignedOn());
    }

    @CommandHandler
    public AllianceVersion handle(WithdrawFromAlliance command) {
        LocalDate since = requireMember(command.member());
        if (command.member().equals(rotation.chair())) {
            throw new Refused(RefusalCode.CHAIR_MUST_HAND_OVER_FIRST, "The chair must hand the rotation over before leaving");
        }
        if (command.effectiveOn().isBefore(since)) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, command.member() + " has been a member since " + since);
        }
        leave(command.member(), command.effectiveOn(),
              new MemberWithdrew(allianceId, command.member(), command.effectiveOn(), command.reason()));
        return AllianceVersion.of(allianceId);
    }

    /** An approved expulsion; a subject who left meanwhile has nothing left to remove. */
    private void expel(String member, LocalDate on, String motionId) {
        if (members.containsKey(member)) {
            leave(member, on, new MemberExpelled(allianceId, member, on, motionId));
        }
    }

    /**
     * Every way out of the alliance (withdrawal, expulsion) passes here, in the command: what the member held ends
     * with it that day (the instructors' postings to it), before it leaves. Its state goes in the event sourcing
     * handlers, here and in the entities' own (the rotation plan, its suspension).
     */
    private void leave(String member, LocalDate day, AllianceEvent departure) {
        partners.endPostingsOf(member, day);
        apply(departure);
    }

    private LocalDate requireMember(String member) {
        LocalDate since = members.get(member);
        if (since == null) {
            throw new Refused(RefusalCode.MEMBER_NOT_FOUND, member + " is not a member of " + allianceId);
        }
        return since;
    }

    /** An elector votes while a member and not suspended on the day of its vote. */
    private void requireMayVote(String elector, LocalDate day) {
        if (!members.containsKey(elector)) {
            throw new Refused(RefusalCode.NOT_ELIGIBLE_TO_VOTE, elector + " has left the alliance");
        }
        suspensions.requireNotSuspended(elector, day);
    }

    /**
     * Records the deal if both parties are members, and were when it was signed; called by the RecordDeal handler,
     * which checks its id beside, outside this aggregate, so that its state stays small.
     */
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
            suspensions.requireNotSuspended(party, deal.signedOn());
        }
        apply(deal);
        return AllianceVersion.current();
    }

    /** Here rather than in the motions: a motion approved as its window runs out expels its subject. */
    @DeadlineHandler(deadlineName = MotionWindowExpired.DEADLINE)
    void on(MotionWindowExpired expired) {
        if (motions.contains(expired.motionId())) {
            onMotion(expired.motionId(), open -> open.expireOn(LocalDate.ofInstant(expired.endsAt(), BusinessCalendar.ZONE)));
        }
    }

    @EventSourcingHandler
    void on(AllianceFounded founded) {
        allianceId = founded.allianceId();
        founding = founded;
        founded.foundingMembers().forEach(member -> members.put(member.id(), founded.foundedOn()));
    }

    @EventSourcingHandler
    void on(MemberAdmitted admitted) {
        members.put(admitted.member().id(), admitted.memberSince());
    }

    @EventSourcingHandler
    void on(MemberWithdrew withdrew) {
        members.remove(withdrew.member());
    }

    @EventSourcingHandler
    void on(MemberExpelled expelled) {
        members.remove(expelled.member());
    }
}
