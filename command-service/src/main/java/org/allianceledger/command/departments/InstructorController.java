package org.allianceledger.command.departments;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.allianceledger.command.AllianceVersion;
import org.allianceledger.command.idempotency.CreatedId;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.web.EnterpriseCode;
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
import java.util.List;

@RestController
@RequestMapping(path = "/api/alliances/{allianceId}/instructors", consumes = "application/json", produces = "application/json")
class InstructorController {

    private final CommandGateway commands;

    InstructorController(CommandGateway commands) {
        this.commands = commands;
    }

    @Operation(operationId = "appointInstructor", summary = "A partner department appoints an instructor, posted to one or more members; within the charter's quota")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AppointedInstructor> appoint(@PathVariable @Slug String allianceId,
                                                @Valid @RequestBody DepartmentRequests.InstructorAppointment request) {
        String instructorId = CreatedId.of("instructorId", request.instructorId());
        AllianceVersion appointed = commands.sendAndWait(new AppointInstructor(
                allianceId, instructorId, request.name(), request.department(), List.copyOf(request.enterprises()),
                BusinessCalendar.orToday(request.appointedOn())));
        return ResponseEntity.created(URI.create("/api/alliances/" + allianceId + "/instructors/" + instructorId))
                .body(new AppointedInstructor(allianceId, instructorId, appointed.version()));
    }

    @Operation(operationId = "postInstructor", summary = "Post the instructor to one more member; posting it where it already serves is a no-op")
    @PostMapping("/{instructorId}/postings")
    AllianceVersion post(@PathVariable @Slug String allianceId, @PathVariable @Slug String instructorId,
                         @Valid @RequestBody DepartmentRequests.InstructorPosting request) {
        return commands.sendAndWait(new PostInstructor(allianceId, instructorId, request.enterprise(),
                                                       BusinessCalendar.orToday(request.effectiveOn())));
    }

    @Operation(operationId = "endPosting", summary = "The instructor no longer serves this member")
    @PostMapping("/{instructorId}/postings/{enterpriseId}/end")
    AllianceVersion endPosting(@PathVariable @Slug String allianceId, @PathVariable @Slug String instructorId,
                               @PathVariable @EnterpriseCode String enterpriseId,
                               @Valid @RequestBody DepartmentRequests.PartnershipEnd request) {
        return commands.sendAndWait(new EndPosting(allianceId, instructorId, enterpriseId,
                                                   BusinessCalendar.orToday(request.effectiveOn())));
    }

    @Operation(operationId = "recallInstructor", summary = "Recall the instructor: every posting ends, and the department's quota has room again")
    @PostMapping("/{instructorId}/recall")
    AllianceVersion recall(@PathVariable @Slug String allianceId, @PathVariable @Slug String instructorId,
                           @Valid @RequestBody DepartmentRequests.PartnershipEnd request) {
        return commands.sendAndWait(new RecallInstructor(allianceId, instructorId,
                                                         BusinessCalendar.orToday(request.effectiveOn())));
    }
}
