package org.allianceledger.command.membership;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
class MemberWithdrawalController {

    private final CommandGateway commands;

    MemberWithdrawalController(CommandGateway commands) {
        this.commands = commands;
    }

    record WithdrawalRequest(@BusinessDate LocalDate effectiveOn,
                             @Text(max = Limits.TEXT_LENGTH, lines = true) String reason) {
    }

    @Operation(operationId = "withdrawFromAlliance", summary = "A member leaves the alliance; the chair must hand over first")
    @PostMapping(path = "/api/alliances/{allianceId}/members/{enterpriseId}/withdrawal", consumes = "application/json", produces = "application/json")
    AllianceVersion withdraw(@PathVariable @Slug String allianceId, @PathVariable @EnterpriseCode String enterpriseId,
                      @Valid @RequestBody WithdrawalRequest request) {
        return commands.sendAndWait(new WithdrawFromAlliance(allianceId, enterpriseId,
                                                             BusinessCalendar.orToday(request.effectiveOn()),
                                                             request.reason()));
    }
}
