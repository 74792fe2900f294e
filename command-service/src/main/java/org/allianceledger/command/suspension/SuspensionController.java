package org.allianceledger.command.suspension;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.allianceledger.command.AllianceVersion;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.web.BusinessDate;
import org.allianceledger.platform.web.EnterpriseCode;
import org.allianceledger.platform.web.Limits;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.platform.web.Text;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
@RequestMapping(path = "/api/alliances/{allianceId}/members/{enterpriseId}/suspension", consumes = "application/json",
                produces = "application/json")
class SuspensionController {

    private final CommandGateway commands;

    SuspensionController(CommandGateway commands) {
        this.commands = commands;
    }

    /** {@code until} is the last day suspended and may lie ahead, up to a year (a scheduling date). */
    record SuspensionRequest(@BusinessDate LocalDate from,
                             LocalDate until,
                             @NotNull @Text(max = Limits.TEXT_LENGTH, lines = true) String reason) {
    }

    record LiftRequest(@BusinessDate LocalDate effectiveOn) {
    }

    @Operation(operationId = "suspendMember", summary = "Suspend a member: it neither votes nor records deals while suspended")
    @PostMapping
    AllianceVersion suspend(@PathVariable @Slug String allianceId, @PathVariable @EnterpriseCode String enterpriseId,
                            @Valid @RequestBody SuspensionRequest request) {
        return commands.sendAndWait(new SuspendMember(allianceId, enterpriseId, BusinessCalendar.orToday(request.from()),
                                                      request.until(), request.reason()));
    }

    @Operation(operationId = "liftSuspension", summary = "End a member's suspension from a day on")
    @PostMapping("/lift")
    AllianceVersion lift(@PathVariable @Slug String allianceId, @PathVariable @EnterpriseCode String enterpriseId,
                         @Valid @RequestBody LiftRequest request) {
        return commands.sendAndWait(new LiftSuspension(allianceId, enterpriseId,
                                                       BusinessCalendar.orToday(request.effectiveOn())));
    }
}
