package org.allianceledger.command.meetings;

import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;

import java.time.LocalDate;

/**
 * The joint meeting a vote, a close or a handover names, checked before it is recorded: the meeting exists, is not
 * cancelled, and its day is the business date; once recorded, a voter must have attended. Naming none checks nothing.
 */
public final class MeetingReference {

    private static final MeetingReference NONE = new MeetingReference(null);

    private final Meeting meeting;

    private MeetingReference(Meeting meeting) {
        this.meeting = meeting;
    }

    public static MeetingReference at(Meetings meetings, String meetingId, LocalDate on) {
        if (meetingId == null) {
            return NONE;
        }
        Meeting meeting = meetings.named(meetingId);
        if (meeting == null) {
            throw new Refused(RefusalCode.MEETING_NOT_FOUND, "No meeting " + meetingId);
        }
        meeting.requireDecidingOn(on);
        return new MeetingReference(meeting);
    }

    public MeetingReference admittingVoter(String voter) {
        if (meeting != null) {
            meeting.requireAttendee(voter);
        }
        return this;
    }
}
