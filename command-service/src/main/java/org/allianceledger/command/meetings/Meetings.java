package org.allianceledger.command.meetings;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.MeetingScheduled;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The alliance's joint meetings, each its own ({@link Meeting}), and their cadence. Scheduling and cancelling need
 * nothing else of the alliance and are handled here; recording one is given the members and the partner departments.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class Meetings {

    private String allianceId;
    private LocalDate foundedOn;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, Meeting> scheduled = new HashMap<>();
    @AggregateMember
    private MeetingCadence cadence = new MeetingCadence();

    /** The first due day's deadline, at the founding. */
    public void scheduleDue(DeadlineManager deadlines) {
        cadence.scheduleDue(deadlines);
    }

    @CommandHandler
    public MeetingStanding handle(ScheduleMeeting command) {
        Meeting earlier = scheduled.get(command.meetingId());
        if (earlier != null) {
            if (!earlier.sameScheduling(command)) {
                throw new Refused(RefusalCode.ID_ALREADY_USED, "Meeting " + command.meetingId() + " already exists");
            }
            return earlier.standing();
        }
        if (command.scheduledOn().isBefore(foundedOn)) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, "The alliance was founded on " + foundedOn);
        }
        apply(new MeetingScheduled(allianceId, command.meetingId(), command.title(), command.scheduledOn(),
                                   command.agenda()));
        return scheduled.get(command.meetingId()).standing();
    }

    @CommandHandler
    public MeetingStanding handle(CancelMeeting command) {
        return meeting(command.meetingId()).cancel(command, today());
    }

    /**
     * {@code members}: when each current member joined; {@code partnerOn} refuses a department no partner that day.
     * A meeting held after the last one moves the next due day, and its deadline with it.
     */
    public MeetingStanding record(RecordMeeting command, Map<String, LocalDate> members,
                                  BiConsumer<String, LocalDate> partnerOn, DeadlineManager deadlines) {
        LocalDate dueBefore = cadence.dueOn();
        MeetingStanding standing = meeting(command.meetingId()).record(command, today(), foundedOn, members, partnerOn);
        if (!cadence.dueOn().equals(dueBefore)) {
            // the earlier due day's deadline is left to fire: it no longer names the current one and does nothing
            cadence.scheduleDue(deadlines);
        }
        return standing;
    }

    /** The meeting a vote, close or handover names; null for none. */
    Meeting named(String meetingId) {
        return scheduled.get(meetingId);
    }

    private Meeting meeting(String meetingId) {
        Meeting meeting = scheduled.get(meetingId);
        if (meeting == null) {
            throw new Refused(RefusalCode.MEETING_NOT_FOUND, "No meeting " + meetingId + " in " + allianceId);
        }
        return meeting;
    }

    /** Today in Shanghai by the clock events are stamped with (which the test fixtures set). */
    private static LocalDate today() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), BusinessCalendar.ZONE);
    }

    @EventSourcingHandler
    void on(AllianceFounded founded) {
        allianceId = founded.allianceId();
        foundedOn = founded.foundedOn();
    }

    @EventSourcingHandler
    void on(MeetingScheduled meeting) {
        scheduled.put(meeting.meetingId(), Meeting.scheduled(meeting));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Meetings that && Objects.equals(allianceId, that.allianceId)
                && Objects.equals(foundedOn, that.foundedOn) && scheduled.equals(that.scheduled)
                && cadence.equals(that.cadence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allianceId, scheduled.keySet());
    }
}
