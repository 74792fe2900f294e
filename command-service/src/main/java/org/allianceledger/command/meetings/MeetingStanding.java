package org.allianceledger.command.meetings;

/** Where a meeting stands after a command. */
public record MeetingStanding(String allianceId, String meetingId, long version, MeetingStatus status) {
}
