package org.allianceledger.command.visits;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.allianceledger.command.idempotency.CreatedId;
import org.allianceledger.events.Visitor;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.web.BusinessDate;
import org.allianceledger.platform.web.DepartmentCode;
import org.allianceledger.platform.web.EnterpriseCode;
import org.allianceledger.platform.web.Limits;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.platform.web.Text;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;

@RestController
class VisitController {

    private final CommandGateway commands;

    VisitController(CommandGateway commands) {
        this.commands = commands;
    }

    record VisitorRequest(@Slug String instructor, @DepartmentCode String department) {
    }

    record VisitRequest(@Slug String visitId,
                        @NotNull @Valid VisitorRequest visitor,
                        @NotNull @EnterpriseCode String enterprise,
                        @BusinessDate LocalDate visitedOn,
                        @Text(max = Limits.TEXT_LENGTH, lines = true) String notes) {
    }

    @Operation(operationId = "recordVisit",
               summary = "Record a visit (走访) by an instructor or a partner department to a member")
    @PostMapping(path = "/api/alliances/{allianceId}/visits", consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<VisitVersion> record(@PathVariable @Slug String allianceId, @Valid @RequestBody VisitRequest request) {
        String visitId = CreatedId.of("visitId", request.visitId());
        VisitVersion recorded = commands.sendAndWait(new RecordVisit(
                allianceId, visitId, new Visitor(request.visitor().instructor(), request.visitor().department()),
                request.enterprise(), BusinessCalendar.orToday(request.visitedOn()), request.notes()));
        return ResponseEntity.created(URI.create("/api/alliances/" + allianceId + "/visits/" + visitId)).body(recorded);
    }
}
