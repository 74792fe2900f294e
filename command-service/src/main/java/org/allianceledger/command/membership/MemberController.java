package org.allianceledger.command.membership;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.allianceledger.command.alliance.Recorded;
import org.allianceledger.platform.web.BusinessCalendar;
import org.allianceledger.platform.web.EnterpriseCode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
class MemberController {

    private final CommandGateway commands;

    MemberController(CommandGateway commands) {
        this.commands = commands;
    }

    record WithdrawalRequest(@PastOrPresent LocalDate effectiveOn, @Size(max = 2000) String reason) {
    }

    @Operation(summary = "A member leaves the alliance; the chair must hand over first")
    @PostMapping(path = "/api/alliances/{allianceId}/members/{enterpriseId}/withdrawal", consumes = "application/json")
    Recorded withdraw(@PathVariable String allianceId, @PathVariable @EnterpriseCode String enterpriseId,
                      @Valid @RequestBody WithdrawalRequest request) {
        return commands.sendAndWait(new WithdrawFromAlliance(allianceId, enterpriseId,
                                                             BusinessCalendar.orToday(request.effectiveOn()),
                                                             request.reason()));
    }
}
