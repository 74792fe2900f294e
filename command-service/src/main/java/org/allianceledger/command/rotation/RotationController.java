package org.allianceledger.command.rotation;

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
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
class RotationController {

    private final CommandGateway commands;

    RotationController(CommandGateway commands) {
        this.commands = commands;
    }

    record HandoverRequest(@NotNull @EnterpriseCode String from,
                           @NotNull @EnterpriseCode String to,
                           @BusinessDate LocalDate effectiveOn,
                           @Text(max = Limits.TEXT_LENGTH, lines = true) String note,
                           @Slug String meetingId) {
    }

    @Operation(operationId = "handOverRotation", summary = "The current chair hands the rotation over to another member")
    @PostMapping(path = "/api/alliances/{allianceId}/rotation/handovers", consumes = "application/json", produces = "application/json")
    AllianceVersion handOver(@PathVariable @Slug String allianceId, @Valid @RequestBody HandoverRequest request) {
        return commands.sendAndWait(new HandOverRotation(allianceId, request.from(), request.to(),
                                                         BusinessCalendar.orToday(request.effectiveOn()), request.note(),
                                                         request.meetingId()));
    }
}
