package org.allianceledger.command.meetings;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.allianceledger.command.idempotency.CreatedId;
import org.allianceledger.platform.web.Slug;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping(path = "/api/alliances/{allianceId}/meetings", consumes = "application/json", produces = "application/json")
class MeetingController {

    private final CommandGateway commands;

    MeetingController(CommandGateway commands) {
        this.commands = commands;
    }

    @Operation(operationId = "scheduleMeeting",
               summary = "Schedule a joint meeting: today or up to a year ahead, or a past day when recording late")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<MeetingStanding> schedule(@PathVariable @Slug String allianceId,
                                             @Valid @RequestBody MeetingRequests.ScheduleMeetingRequest request) {
        String meetingId = CreatedId.of("meetingId", request.meetingId());
        MeetingStanding standing = commands.sendAndWait(new ScheduleMeeting(
                allianceId, meetingId, request.title(), request.scheduledOn(), request.agenda()));
        return ResponseEntity.created(URI.create("/api/alliances/" + allianceId + "/meetings/" + meetingId))
                .body(standing);
    }

    @Operation(operationId = "recordMeeting",
               summary = "Record a joint meeting as held: its day (the scheduled one when omitted), attendees and minutes")
    @PostMapping("/{meetingId}/record")
    MeetingStanding record(@PathVariable @Slug String allianceId, @PathVariable @Slug String meetingId,
                           @Valid @RequestBody MeetingRequests.RecordMeetingRequest request) {
        return commands.sendAndWait(new RecordMeeting(allianceId, meetingId, request.heldOn(),
                                                      request.attendees().toAttendees(), request.minutes()));
    }

    @Operation(operationId = "cancelMeeting", summary = "Cancel a joint meeting that was not held")
    @PostMapping("/{meetingId}/cancellation")
    MeetingStanding cancel(@PathVariable @Slug String allianceId, @PathVariable @Slug String meetingId,
                           @Valid @RequestBody MeetingRequests.CancelMeetingRequest request) {
        return commands.sendAndWait(new CancelMeeting(allianceId, meetingId, request.reason()));
    }
}
