package org.allianceledger.command.rotation;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

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

    /** At most as many places as an alliance could have members named in one request. */
    record PlanRequest(@NotNull @Size(min = 1, max = 1000) List<@NotNull @EnterpriseCode String> order,
                       @Text(max = Limits.TEXT_LENGTH, lines = true) String note) {
    }

    record SwapRequest(@NotNull @EnterpriseCode String first,
                       @NotNull @EnterpriseCode String second,
                       @Text(max = Limits.TEXT_LENGTH, lines = true) String note) {
    }

    @Operation(operationId = "planRotation", summary = "Fix the order of the rotation ahead: current members, the current chair first or absent")
    @PutMapping(path = "/api/alliances/{allianceId}/rotation/plan", consumes = "application/json", produces = "application/json")
    AllianceVersion plan(@PathVariable @Slug String allianceId, @Valid @RequestBody PlanRequest request) {
        return commands.sendAndWait(new PlanRotation(allianceId, request.order(), request.note(), BusinessCalendar.today()));
    }

    @Operation(operationId = "swapInRotationPlan", summary = "Two members of the rotation plan change places")
    @PostMapping(path = "/api/alliances/{allianceId}/rotation/plan/swaps", consumes = "application/json", produces = "application/json")
    AllianceVersion swap(@PathVariable @Slug String allianceId, @Valid @RequestBody SwapRequest request) {
        return commands.sendAndWait(new SwapInPlan(allianceId, request.first(), request.second(), request.note(),
                                                   BusinessCalendar.today()));
    }
}
