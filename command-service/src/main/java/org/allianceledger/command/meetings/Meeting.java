package org.allianceledger.command.meetings;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.allianceledger.command.AllianceVersion;
import org.allianceledger.events.ApplicationApproved;
import org.allianceledger.events.ApplicationRejected;
import org.allianceledger.events.Attendees;
import org.allianceledger.events.MeetingCancelled;
import org.allianceledger.events.MeetingRecorded;
import org.allianceledger.events.MeetingScheduled;
import org.allianceledger.events.MotionApproved;
import org.allianceledger.events.MotionRejected;
import org.allianceledger.events.MotionVoteCast;
import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.events.VoteCast;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One joint meeting (联席会议): scheduled for a day, then held (recorded with its attendance and minutes) or cancelled.
 * Votes, closes and handovers may name it; it keeps what it took so its record cannot contradict them.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class Meeting {

    @EntityId
    private String meetingId;
    private String allianceId;
    private String title;
    private LocalDate scheduledOn;
    private List<String> agenda;
    private MeetingStatus status;
    private LocalDate heldOn;
    private Attendees attendees;
    private String minutes;
    private String cancellation;
    /** Who voted at it, and whether anything was decided at it, before it was recorded or since. */
    private Set<String> voters = new HashSet<>();
    private boolean decided;

    Meeting() {
        // for snapshots
    }

    public static Meeting scheduled(MeetingScheduled scheduled) {
        Meeting meeting = new Meeting();
        meeting.meetingId = scheduled.meetingId();
        meeting.allianceId = scheduled.allianceId();
        meeting.title = scheduled.title();
        meeting.scheduledOn = scheduled.scheduledOn();
        meeting.agenda = List.copyOf(scheduled.agenda());
        meeting.status = MeetingStatus.SCHEDULED;
        return meeting;
    }

    /** The same meeting scheduled again with the same id, for idempotent retries. */
    public boolean sameScheduling(ScheduleMeeting command) {
        return title.equals(command.title()) && scheduledOn.equals(command.scheduledOn())
                && agenda.equals(command.agenda());
    }

    /** The day decisions are taken at it: the day it was held once recorded, else the day it is scheduled for. */
    public LocalDate day() {
        return heldOn != null ? heldOn : scheduledOn;
    }

    /**
     * Records the meeting as held. Its attendee members must be members on that day, its attendee departments partners
     * that day ({@code partnerOn} refuses one that was not), and a meeting at which decisions were already taken keeps
     * their day and their voters.
     */
    public MeetingStanding record(RecordMeeting command, LocalDate today, LocalDate foundedOn,
                                  Map<String, LocalDate> members, BiConsumer<String, LocalDate> partnerOn) {
        LocalDate on = command.heldOn() != null ? command.heldOn() : scheduledOn;
        if (status == MeetingStatus.CANCELLED) {
            throw new Refused(RefusalCode.MEETING_CANCELLED, "Meeting " + meetingId + " was cancelled");
        }
        if (status == MeetingStatus.HELD) {
            if (on.equals(heldOn) && attendees.equals(command.attendees()) && Objects.equals(minutes, command.minutes())) {
                return standing(); // the same record sent again: nothing new
            }
            throw new Refused(RefusalCode.MEETING_ALREADY_RECORDED, "Meeting " + meetingId + " was recorded as held on " + heldOn);
        }
        if (on.isAfter(today)) {
            throw new Refused(RefusalCode.VALIDATION_FAILED,
                              "Meeting " + meetingId + " is scheduled for " + on + ": it cannot be recorded as held before that day");
        }
        if (on.isBefore(foundedOn)) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, "The alliance was founded on " + foundedOn);
        }
        if (decided && !on.equals(scheduledOn)) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER,
                              "Decisions were taken at meeting " + meetingId + " on " + scheduledOn + ": it was held that day");
        }
        requireDistinct(command.attendees().members(), "attendees.members");
        requireDistinct(command.attendees().departments(), "attendees.departments");
        for (String member : command.attendees().members()) {
            LocalDate since = members.get(member);
            if (since == null || since.isAfter(on)) {
                throw new Refused(RefusalCode.NOT_A_MEMBER, member + " was not a member on " + on);
            }
        }
        for (String department : command.attendees().departments()) {
            partnerOn.accept(department, on);
        }
        for (String voter : voters) {
            if (!command.attendees().members().contains(voter)) {
                throw new Refused(RefusalCode.NOT_AN_ATTENDEE, voter + " voted at meeting " + meetingId + ": it attended");
            }
        }
        apply(new MeetingRecorded(allianceId, meetingId, on, command.attendees(), command.minutes()));
        return standing();
    }

    public MeetingStanding cancel(CancelMeeting command, LocalDate today) {
        if (status == MeetingStatus.HELD) {
            throw new Refused(RefusalCode.MEETING_ALREADY_RECORDED, "Meeting " + meetingId + " was held on " + heldOn);
        }
        if (status == MeetingStatus.CANCELLED) {
            if (cancellation.equals(command.reason())) {
                return standing(); // the same cancellation sent again
            }
            throw new Refused(RefusalCode.MEETING_CANCELLED, "Meeting " + meetingId + " was already cancelled");
        }
        if (decided) {
            throw new Refused(RefusalCode.MEETING_ALREADY_RECORDED,
                              "Decisions were taken at meeting " + meetingId + ": it was held, record it instead");
        }
        apply(new MeetingCancelled(allianceId, meetingId, command.reason(), today));
        return standing();
    }

    /** A vote, close or handover naming this meeting: not cancelled, and on its day. */
    void requireDecidingOn(LocalDate on) {
        if (status == MeetingStatus.CANCELLED) {
            throw new Refused(RefusalCode.MEETING_CANCELLED, "Meeting " + meetingId + " was cancelled");
        }
        if (!on.equals(day())) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER,
                              "Meeting " + meetingId + " is " + (heldOn != null ? "held" : "scheduled") + " on " + day());
        }
    }

    /** Once recorded, only its attendee members vote at it. */
    void requireAttendee(String voter) {
        if (status == MeetingStatus.HELD && !attendees.members().contains(voter)) {
            throw new Refused(RefusalCode.NOT_AN_ATTENDEE, voter + " did not attend meeting " + meetingId);
        }
    }

    public MeetingStanding standing() {
        return new MeetingStanding(allianceId, meetingId, AllianceVersion.current(), status);
    }

    private static void requireDistinct(List<String> ids, String field) {
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new Refused(RefusalCode.VALIDATION_FAILED, field + " names an attendee twice");
        }
    }

    @EventSourcingHandler
    void on(MeetingRecorded recorded) {
        status = MeetingStatus.HELD;
        heldOn = recorded.heldOn();
        attendees = recorded.attendees();
        minutes = recorded.minutes();
    }

    @EventSourcingHandler
    void on(MeetingCancelled cancelled) {
        status = MeetingStatus.CANCELLED;
        cancellation = cancelled.reason();
    }

    // Forwarded here only when they name this meeting (their meetingId matches).
    @EventSourcingHandler
    void on(VoteCast cast) {
        voters.add(cast.voter());
        decided = true;
    }

    @EventSourcingHandler
    void on(ApplicationApproved approved) {
        decided = true;
    }

    @EventSourcingHandler
    void on(ApplicationRejected rejected) {
        decided = true;
    }

    @EventSourcingHandler
    void on(RotationHandedOver handedOver) {
        decided = true;
    }

    @EventSourcingHandler
    void on(MotionVoteCast cast) {
        voters.add(cast.voter());
        decided = true;
    }

    @EventSourcingHandler
    void on(MotionApproved approved) {
        decided = true;
    }

    @EventSourcingHandler
    void on(MotionRejected rejected) {
        decided = true;
    }

    /** Whole-state equality: Axon's fixtures compare state sourced twice, and snapshots must round-trip. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Meeting that && meetingId.equals(that.meetingId) && allianceId.equals(that.allianceId)
                && title.equals(that.title) && scheduledOn.equals(that.scheduledOn) && agenda.equals(that.agenda)
                && status == that.status && Objects.equals(heldOn, that.heldOn)
                && Objects.equals(attendees, that.attendees) && Objects.equals(minutes, that.minutes)
                && Objects.equals(cancellation, that.cancellation) && voters.equals(that.voters)
                && decided == that.decided;
    }

    @Override
    public int hashCode() {
        return Objects.hash(meetingId, allianceId);
    }
}
