package org.allianceledger.command.meetings;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.MeetingOverdue;
import org.allianceledger.events.MeetingRecorded;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.Objects;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The joint meetings' cadence (charter.meetingEveryMonths, 双月 by default): a meeting is due at the latest
 * {@code meetingEveryMonths} calendar months after the last one held, or after the founding. A persistent deadline
 * fires at the end of that day; when it still names the current due day, the meetings are overdue.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class MeetingCadence {

    private String allianceId;
    private int everyMonths;
    private LocalDate lastHeldOn;
    private LocalDate dueOn;
    private boolean overdue;

    /** Schedules the deadline of the current due day: at the founding, and whenever a meeting moved it. */
    public void scheduleDue(DeadlineManager deadlines) {
        deadlines.schedule(dueOn.plusDays(1).atStartOfDay(BusinessCalendar.ZONE).toInstant(), MeetingDue.DEADLINE,
                           new MeetingDue(lastHeldOn, dueOn));
    }

    LocalDate dueOn() {
        return dueOn;
    }

    /** A due day's deadline, which Axon hands to this member of the alliance as it would to the root. */
    @DeadlineHandler(deadlineName = MeetingDue.DEADLINE)
    void due(MeetingDue due) {
        // an earlier due day's deadline is left to fire after a meeting moved it: it no longer names the current one
        if (!overdue && due.lastHeldOn().equals(lastHeldOn) && due.dueOn().equals(dueOn)) {
            apply(new MeetingOverdue(allianceId, lastHeldOn, dueOn));
        }
    }

    @EventSourcingHandler
    void on(AllianceFounded founded) {
        allianceId = founded.allianceId();
        everyMonths = founded.charter().meetingEveryMonths();
        lastHeldOn = founded.foundedOn();
        dueOn = lastHeldOn.plusMonths(everyMonths);
    }

    /** A meeting recorded late, held before the latest one, moves nothing. */
    @EventSourcingHandler
    void on(MeetingRecorded recorded) {
        if (recorded.heldOn().isAfter(lastHeldOn)) {
            lastHeldOn = recorded.heldOn();
            dueOn = lastHeldOn.plusMonths(everyMonths);
            overdue = false;
        }
    }

    @EventSourcingHandler
    void on(MeetingOverdue overdue) {
        this.overdue = true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeetingCadence that && everyMonths == that.everyMonths && overdue == that.overdue
                && Objects.equals(allianceId, that.allianceId) && Objects.equals(lastHeldOn, that.lastHeldOn)
                && Objects.equals(dueOn, that.dueOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allianceId, lastHeldOn);
    }
}
