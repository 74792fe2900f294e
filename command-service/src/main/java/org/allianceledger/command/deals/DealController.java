package org.allianceledger.command.deals;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.allianceledger.command.idempotency.CreatedId;
import org.allianceledger.events.DealKind;
import org.allianceledger.events.Quantity;
import org.allianceledger.events.Recurrence;
import org.allianceledger.platform.web.Amount;
import org.allianceledger.platform.web.BusinessCalendar;
import org.allianceledger.platform.web.BusinessDate;
import org.allianceledger.platform.web.EnterpriseCode;
import org.allianceledger.platform.web.Limits;
import org.allianceledger.platform.web.Money;
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

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

@RestController
class DealController {

    private final CommandGateway commands;

    DealController(CommandGateway commands) {
        this.commands = commands;
    }

    record QuantityRequest(@NotNull @Amount BigDecimal amount, @NotNull @Text(max = Limits.UNIT_LENGTH) String unit) {
    }

    record DealRequest(@Slug String dealId,
                       @NotNull @EnterpriseCode String from,
                       @NotNull @EnterpriseCode String to,
                       @NotNull DealKind kind,
                       @NotNull @Text(max = Limits.SUBJECT_LENGTH) String subject,
                       @Valid QuantityRequest quantity,
                       Recurrence recurrence,
                       @Money BigDecimal valueCny,
                       @BusinessDate LocalDate signedOn,
                       @Text(max = Limits.NAME_LENGTH) String brokeredBy) {
    }

    @Operation(operationId = "recordDeal", summary = "Record a deal between two members: from the provider (upstream) to the receiver (downstream)")
    @PostMapping(path = "/api/alliances/{allianceId}/deals", consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<RecordedDeal> record(@PathVariable @Slug String allianceId, @Valid @RequestBody DealRequest request) {
        String dealId = CreatedId.of("dealId", request.dealId());
        Quantity quantity = request.quantity() == null ? null
                : new Quantity(request.quantity().amount(), UnitCode.normalise(request.quantity().unit()));
        RecordedDeal answer = commands.sendAndWait(new RecordDeal(
                allianceId, dealId, request.from(), request.to(), request.kind(), request.subject(), quantity,
                request.recurrence(), request.valueCny(), BusinessCalendar.orToday(request.signedOn()),
                request.brokeredBy()));
        return ResponseEntity.created(URI.create("/api/alliances/" + allianceId + "/deals/" + dealId)).body(answer);
    }
}
