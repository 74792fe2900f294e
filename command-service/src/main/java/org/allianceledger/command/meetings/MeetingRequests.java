package org.allianceledger.command.meetings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.allianceledger.events.Attendees;
import org.allianceledger.platform.web.BusinessDate;
import org.allianceledger.platform.web.EnterpriseCode;
import org.allianceledger.platform.web.Limits;
import org.allianceledger.platform.web.SchedulingDate;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.platform.web.Text;

import java.time.LocalDate;
import java.util.List;

/** The bodies of the meeting commands, as the API defines them. */
final class MeetingRequests {

    /** Bounds that keep one meeting's event small: agenda items, and attendees of each kind. */
    static final int MAX_AGENDA_ITEMS = 100;
    static final int MAX_ATTENDEES = 1000;

    private MeetingRequests() {
    }

    record ScheduleMeetingRequest(@Slug String meetingId,
                    @NotNull @Text(max = Limits.NAME_LENGTH) String title,
                    @NotNull @SchedulingDate LocalDate scheduledOn,
                    @Size(max = MAX_AGENDA_ITEMS) List<@NotNull @Text(max = Limits.SUBJECT_LENGTH) String> agenda) {
    }

    record RecordMeetingRequest(@BusinessDate LocalDate heldOn,
                  @NotNull @Valid MeetingAttendeesRequest attendees,
                  @Text(max = Limits.TEXT_LENGTH, lines = true) String minutes) {
    }

    record MeetingAttendeesRequest(@Size(max = MAX_ATTENDEES) List<@NotNull @EnterpriseCode String> members,
                            @Size(max = MAX_ATTENDEES) List<@NotNull @EnterpriseCode String> departments) {

        Attendees toAttendees() {
            return new Attendees(members, departments);
        }
    }

    record CancelMeetingRequest(@NotNull @Text(max = Limits.TEXT_LENGTH, lines = true) String reason) {
    }
}
