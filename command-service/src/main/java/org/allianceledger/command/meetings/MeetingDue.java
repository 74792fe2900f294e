package org.allianceledger.command.meetings;

import java.time.LocalDate;

/**
 * The payload of the persistent deadline of the meeting cadence: it fires at the end of {@code dueOn}, the last day a
 * meeting would have been in time after the one of {@code lastHeldOn} (or the founding), and names that pair.
 */
public record MeetingDue(LocalDate lastHeldOn, LocalDate dueOn) {

    public static final String DEADLINE = "meeting-due";
}
