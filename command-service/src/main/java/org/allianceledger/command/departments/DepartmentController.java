package org.allianceledger.command.departments;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.allianceledger.command.AllianceVersion;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.web.DepartmentCode;
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
@RequestMapping(path = "/api/alliances/{allianceId}/departments", consumes = "application/json", produces = "application/json")
class DepartmentController {

    private final CommandGateway commands;

    DepartmentController(CommandGateway commands) {
        this.commands = commands;
    }

    @Operation(operationId = "joinAsPartner", summary = "A government department becomes a partner of the alliance; the same joining resent is a no-op")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AllianceVersion> join(@PathVariable @Slug String allianceId,
                                         @Valid @RequestBody DepartmentRequests.PartnerJoining request) {
        AllianceVersion joined = commands.sendAndWait(new JoinAsPartner(
                allianceId, request.department().toDepartment(), BusinessCalendar.orToday(request.joinedOn())));
        return ResponseEntity.created(URI.create("/api/alliances/" + allianceId + "/departments/" + request.department().id()))
                .body(joined);
    }

    @Operation(operationId = "withdrawDepartment", summary = "A partner department withdraws; its instructors' postings end and they are recalled that day")
    @PostMapping("/{departmentId}/withdrawal")
    AllianceVersion withdraw(@PathVariable @Slug String allianceId, @PathVariable @DepartmentCode String departmentId,
                             @Valid @RequestBody DepartmentRequests.PartnershipEnd request) {
        return commands.sendAndWait(new WithdrawDepartment(allianceId, departmentId,
                                                           BusinessCalendar.orToday(request.effectiveOn())));
    }
}
