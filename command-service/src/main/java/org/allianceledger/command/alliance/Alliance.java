package org.allianceledger.command.alliance;

import org.allianceledger.command.AllianceVersion;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.allianceledger.command.departments.AppointInstructor;
import org.allianceledger.command.departments.EndPosting;
import org.allianceledger.command.departments.JoinAsPartner;
import org.allianceledger.command.departments.Partners;
import org.allianceledger.command.departments.PostInstructor;
import org.allianceledger.command.departments.RecallInstructor;
import org.allianceledger.command.departments.WithdrawDepartment;
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
import org.allianceledger.command.membership.RecuseFromApplication;
import org.allianceledger.command.motions.CastMotionVote;
import org.allianceledger.command.motions.CloseMotion;
import org.allianceledger.command.motions.FileMotion;
import org.allianceledger.command.motions.Motion;
import org.allianceledger.command.motions.MotionStanding;
import org.allianceledger.command.motions.MotionWindowExpired;
import org.allianceledger.command.motions.RecuseFromMotion;
import org.allianceledger.command.rotation.PlanRotation;
import org.allianceledger.command.rotation.SwapInPlan;
import org.allianceledger.command.suspension.LiftSuspension;
import org.allianceledger.command.suspension.SuspendMember;
import org.allianceledger.command.suspension.Suspension;
import org.allianceledger.command.membership.VoteWindowExpired;
import org.allianceledger.command.membership.WithdrawApplication;
import org.allianceledger.command.membership.WithdrawFromAlliance;
import org.allianceledger.command.rotation.ChairRotation;
import org.allianceledger.command.rotation.ChairTermEnded;
import org.allianceledger.command.rotation.HandOverRotation;
import org.allianceledger.command.zones.JoinZone;
import org.allianceledger.command.zones.ZoneAdmission;
import org.allianceledger.command.zones.ZoneMembership;
import org.allianceledger.events.AllianceJoinedZone;
import org.allianceledger.events.AllianceEvent;
import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.DealRecorded;
import org.allianceledger.events.Charter;
import org.allianceledger.events.Enterprise;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MemberExpelled;
import org.allianceledger.events.MemberSuspended;
import org.allianceledger.events.MeetingScheduled;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.events.MotionFiled;
import org.allianceledger.events.SuspensionLifted;
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
import java.util.function.Consumer;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An industry-chain alliance: its charter, its members and their applications. State holds only what
 * decisions need; snapshots (threshold in configuration) keep loading it cheap however long its history.
 * <p>
 * The revision names the shape of that state: raise it whenever the state changes, so that snapshots of an older
 * shape are passed over (Axon's revision snapshot filter) and the alliance is sourced from its events instead.
 * Revision 1: the service side (zone, partner departments and instructors, meetings and their cadence, the
 * rotation plan, suspensions, motions).
 */
@Revision("1")
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
    /** The zone it joined, if any: an alliance is in at most one. */
    private AllianceJoinedZone zone;
    /** Each member's latest suspension, until it leaves. */
    private Map<String, Suspension> suspensions = new HashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, Motion> motions = new HashMap<>();
    @AggregateMember
    private Partners partners = new Partners();
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
        return application(command.applicationId()).castVote(command, this::requireMayVote);
    }

    @CommandHandler
    public ApplicationStanding handle(RecuseFromApplication command) {
        return application(command.applicationId()).recuse(command);
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
        // an expulsion is never against the chair: the subject of an open one does not take it meanwhile
        if (motions.values().stream().anyMatch(m -> m.isOpen() && m.subject().equals(command.to()))) {
            throw new Refused(RefusalCode.CHAIR_MUST_HAND_OVER_FIRST,
                              "An expulsion motion against " + command.to() + " is open; it cannot take the chair");
        }
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
    public AllianceVersion handle(SwapInPlan command) {
        rotation.swap(command);
        return AllianceVersion.of(allianceId);
    }

    /** One suspension at a time; the same one resent is no change. {@code until} may be up to a year ahead. */
    @CommandHandler
    public AllianceVersion handle(SuspendMember command) {
        LocalDate since = requireMember(command.member());
        Suspension current = suspensions.get(command.member());
        if (current != null && current.sameAs(command)) {
            return AllianceVersion.of(allianceId);
        }
        if (command.from().isBefore(since)) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, command.member() + " has been a member since " + since);
        }
        if (command.until() != null && (command.until().isBefore(command.from())
                                        || command.until().isAfter(BusinessCalendar.today().plusYears(1)))) {
            throw new Refused(RefusalCode.VALIDATION_FAILED, "until must be from the first day suspended to a year ahead");
        }
        if (current != null && current.inForceOnOrAfter(command.from())) {
            throw new Refused(RefusalCode.MEMBER_SUSPENDED, command.member() + " is already suspended from " + current.from());
        }
        apply(new MemberSuspended(allianceId, command.member(), command.from(), command.until(), command.reason()));
        return AllianceVersion.of(allianceId);
    }

    /** Lifting a suspension that is not in force any more (lifted before, run out) is no change. */
    @CommandHandler
    public AllianceVersion handle(LiftSuspension command) {
        requireMember(command.member());
        Suspension current = suspensions.get(command.member());
        if (current == null || !current.inForceOnOrAfter(command.effectiveOn())) {
            return AllianceVersion.of(allianceId);
        }
        if (command.effectiveOn().isBefore(current.from())) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, "The suspension began on " + current.from());
        }
        apply(new SuspensionLifted(allianceId, command.member(), command.effectiveOn()));
        return AllianceVersion.of(allianceId);
    }

    /** An expulsion motion against a member other than the chair; its electorate is the other members. */
    @CommandHandler
    public MotionStanding handle(FileMotion command, DeadlineManager deadlines) {
        Motion earlier = motions.get(command.motionId());
        if (earlier != null) {
            if (!earlier.sameFiling(command)) {
                throw new Refused(RefusalCode.ID_ALREADY_USED, "Motion " + command.motionId() + " already exists");
            }
            return earlier.standing();
        }
        LocalDate since = members.get(command.subject());
        if (since == null) {
            throw new Refused(RefusalCode.NOT_A_MEMBER, command.subject() + " is not a member of " + allianceId);
        }
        if (command.subject().equals(rotation.chair())) {
            throw new Refused(RefusalCode.CHAIR_MUST_HAND_OVER_FIRST, "The chair must hand the rotation over before a motion against it");
        }
        if (motions.values().stream().anyMatch(m -> m.isOpen() && m.kind() == command.kind()
                                                      && m.subject().equals(command.subject()))) {
            throw new Refused(RefusalCode.APPLICATION_ALREADY_OPEN, "A motion against " + command.subject() + " is open");
        }
        if (command.filedOn().isBefore(since)) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, command.subject() + " has been a member since " + since);
        }
        TreeSet<String> electorate = new TreeSet<>(members.keySet());
        electorate.remove(command.subject());
        Instant windowEnds = GenericEventMessage.clock.instant().plus(Duration.ofDays(charter.voteWindowDays()));
        apply(new MotionFiled(allianceId, command.motionId(), command.kind(), command.subject(), command.filedOn(),
                              command.statement(), List.copyOf(electorate), windowEnds));
        // as for applications: not cancelled when the vote closes earlier, the handler ignores a closed motion
        deadlines.schedule(windowEnds, MotionWindowExpired.DEADLINE, new MotionWindowExpired(command.motionId(), windowEnds));
        return motions.get(command.motionId()).standing();
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
        Motion motion = motion(motionId);
        boolean wasOpen = motion.isOpen();
        action.accept(motion);
        if (wasOpen && motion.approvedOn() != null) {
            expel(motion.subject(), motion.approvedOn(), motionId);
        }
        return motion.standing();
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
        MeetingStanding standing = meeting(command.meetingId()).record(command, today(), founding.foundedOn(), members,
                                                                  partners::requirePartnerOn);
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
        leave(command.member(), command.effectiveOn(),
              new MemberWithdrew(allianceId, command.member(), command.effectiveOn(), command.reason()));
        return AllianceVersion.of(allianceId);
    }

    @CommandHandler
    public ZoneMembership handle(JoinZone command) {
        ZoneAdmission.decide(zone, command, founding.foundedOn()).ifPresent(joined -> apply(joined));
        return new ZoneMembership(allianceId, command.zoneId(), AllianceVersion.current());
    }

    @EventSourcingHandler
    void on(AllianceJoinedZone joined) {
        zone = joined;
    }

    /** An approved expulsion; a subject who left meanwhile has nothing left to remove. */
    private void expel(String member, LocalDate on, String motionId) {
        if (members.containsKey(member)) {
            leave(member, on, new MemberExpelled(allianceId, member, on, motionId));
        }
    }

    /**
     * Every way out of the alliance (withdrawal, expulsion) passes here, in the command: what the member held ends
     * with it that day (the instructors' postings to it), before it leaves. Its state goes in {@link #forget} and in the
     * members' own handlers (the rotation plan).
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
        requireNotSuspended(elector, day);
    }

    private void requireNotSuspended(String member, LocalDate day) {
        Suspension suspension = suspensions.get(member);
        if (suspension != null && suspension.covers(day)) {
            throw new Refused(RefusalCode.MEMBER_SUSPENDED, member + " is suspended on " + day);
        }
    }

    @CommandHandler
    public AllianceVersion handle(JoinAsPartner command) {
        partners.join(command);
        return AllianceVersion.of(allianceId);
    }

    @CommandHandler
    public AllianceVersion handle(WithdrawDepartment command) {
        partners.withdraw(command);
        return AllianceVersion.of(allianceId);
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
    public AllianceVersion handle(EndPosting command) {
        partners.endPosting(command);
        return AllianceVersion.of(allianceId);
    }

    @CommandHandler
    public AllianceVersion handle(RecallInstructor command) {
        partners.recall(command);
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
            requireNotSuspended(party, deal.signedOn());
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
            application.expireOn(LocalDate.ofInstant(expired.endsAt(), BusinessCalendar.ZONE));
        }
    }

    @DeadlineHandler(deadlineName = MotionWindowExpired.DEADLINE)
    void on(MotionWindowExpired expired) {
        Motion motion = motions.get(expired.motionId());
        if (motion != null) {
            onMotion(expired.motionId(), open -> open.expireOn(LocalDate.ofInstant(expired.endsAt(), BusinessCalendar.ZONE)));
        }
    }

    private Motion motion(String motionId) {
        Motion motion = motions.get(motionId);
        if (motion == null) {
            throw new Refused(RefusalCode.MOTION_NOT_FOUND, "No motion " + motionId + " in " + allianceId);
        }
        return motion;
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
        forget(withdrew.member());
    }

    @EventSourcingHandler
    void on(MemberExpelled expelled) {
        forget(expelled.member());
    }

    private void forget(String member) {
        members.remove(member);
        suspensions.remove(member);
    }

    @EventSourcingHandler
    void on(MemberSuspended suspended) {
        suspensions.put(suspended.member(), Suspension.of(suspended));
    }

    @EventSourcingHandler
    void on(SuspensionLifted lifted) {
        suspensions.computeIfPresent(lifted.member(), (member, suspension) -> suspension.liftedOn(lifted.effectiveOn()));
    }

    @EventSourcingHandler
    void on(MotionFiled filed) {
        motions.put(filed.motionId(), Motion.filed(filed, charter));
    }
}
