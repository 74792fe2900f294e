package org.allianceledger.command.membership;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.allianceledger.command.idempotency.CreatedId;
import org.allianceledger.events.Enterprise;
import org.allianceledger.platform.domain.BusinessCalendar;
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
@RequestMapping(path = "/api/alliances/{allianceId}/applications", consumes = "application/json", produces = "application/json")
class ApplicationController {

    private final CommandGateway commands;

    ApplicationController(CommandGateway commands) {
        this.commands = commands;
    }

    @Operation(operationId = "applyForMembership", summary = "Apply for membership; the electorate is the alliance's members at this moment")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ApplicationStanding> apply(@PathVariable @Slug String allianceId,
                                              @Valid @RequestBody ApplicationRequests.Apply request) {
        String applicationId = CreatedId.of("applicationId", request.applicationId());
        Enterprise applicant = request.enterprise().toEnterprise();
        ApplicationStanding standing = commands.sendAndWait(new ApplyForMembership(
                allianceId, applicationId, applicant, BusinessCalendar.orToday(request.filedOn()), request.statement()));
        return ResponseEntity.created(URI.create("/api/alliances/" + allianceId + "/applications/" + applicationId))
                .body(standing);
    }

    @Operation(operationId = "castVote", summary = "Cast a vote; the same vote resent is a no-op, a different one is refused")
    @PostMapping("/{applicationId}/votes")
    ApplicationStanding vote(@PathVariable @Slug String allianceId, @PathVariable @Slug String applicationId,
                             @Valid @RequestBody ApplicationRequests.Vote request) {
        return commands.sendAndWait(new CastVote(allianceId, applicationId, request.voter(), request.decision(),
                                                 BusinessCalendar.orToday(request.castOn()), request.meetingId()));
    }

    @Operation(operationId = "closeVote", summary = "Close the vote now and decide it")
    @PostMapping("/{applicationId}/close")
    ApplicationStanding close(@PathVariable @Slug String allianceId, @PathVariable @Slug String applicationId,
                              @Valid @RequestBody ApplicationRequests.Close request) {
        return commands.sendAndWait(new CloseVote(allianceId, applicationId, BusinessCalendar.orToday(request.closedOn()),
                                                  request.meetingId()));
    }

    @Operation(operationId = "recuseFromApplication", summary = "An elector who has not voted stands aside from an application")
    @PostMapping("/{applicationId}/recusals")
    ApplicationStanding recuse(@PathVariable @Slug String allianceId, @PathVariable @Slug String applicationId,
                               @Valid @RequestBody ApplicationRequests.Recusal request) {
        return commands.sendAndWait(new RecuseFromApplication(allianceId, applicationId, request.voter(), request.reason(),
                                                              BusinessCalendar.orToday(request.recusedOn())));
    }

    @Operation(operationId = "withdrawApplication", summary = "Withdraw an open application")
    @PostMapping("/{applicationId}/withdrawal")
    ApplicationStanding withdraw(@PathVariable @Slug String allianceId, @PathVariable @Slug String applicationId,
                                 @Valid @RequestBody ApplicationRequests.Withdraw request) {
        return commands.sendAndWait(new WithdrawApplication(allianceId, applicationId,
                                                            BusinessCalendar.orToday(request.withdrawnOn())));
    }
}
