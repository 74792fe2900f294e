package org.allianceledger.command.meetings;

public enum MeetingStatus {
    SCHEDULED, HELD, CANCELLED
}
