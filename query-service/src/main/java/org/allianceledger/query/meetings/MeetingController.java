package org.allianceledger.query.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.NotNull;
import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.query.alliances.KnownAlliances;
import org.allianceledger.query.meetings.MeetingQueries.MeetingView;
import org.allianceledger.query.meetings.MeetingQueries.MeetingStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api/alliances/{allianceId}/meetings")
class MeetingController {

    private final MeetingQueries queries;
    private final KnownAlliances alliances;

    MeetingController(MeetingQueries queries, KnownAlliances alliances) {
        this.queries = queries;
        this.alliances = alliances;
    }

    record Meetings(String allianceId, LocalDate asOf, int count, List<MeetingView> meetings) {
    }

    @Operation(operationId = "listMeetings",
               summary = "Joint meetings by day, with host, attendees, agenda, minutes and decisions, filtered by status")
    @GetMapping
    Meetings meetings(@PathVariable @Slug String allianceId,
                      @Parameter(description = "comma-separated: SCHEDULED, HELD, CANCELLED")
                      @RequestParam(required = false) Set<@NotNull MeetingStatus> status,
                      @Parameter(description = "a business day: the meetings whose day had come by its end, as they stood then")
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                      @Parameter(description = "wait until the read models applied this version (up to 5 s)")
                      @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        Set<MeetingStatus> wanted = status == null || status.isEmpty() ? EnumSet.allOf(MeetingStatus.class) : status;
        List<MeetingView> found = queries.meetings(allianceId, wanted, asOf);
        return new Meetings(allianceId, asOf, found.size(), found);
    }

    @Operation(operationId = "getMeeting", summary = "One joint meeting with its host, attendees, agenda, minutes and decisions")
    @GetMapping("/{meetingId}")
    MeetingView meeting(@PathVariable @Slug String allianceId, @PathVariable @Slug String meetingId,
                    @Parameter(description = "a business day: the meeting as it stood at its end, if its day had come")
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                    @Parameter(description = "wait until the read models applied this version (up to 5 s)")
                    @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        return queries.meeting(allianceId, meetingId, asOf)
                .orElseThrow(() -> new Refusal(Problem.MEETING_NOT_FOUND, "No meeting " + meetingId));
    }
}
