package org.allianceledger.command.deals;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.allianceledger.events.DealKind;
import org.allianceledger.events.Quantity;
import org.allianceledger.events.Recurrence;
import org.allianceledger.events.UnitCode;
import org.allianceledger.platform.web.BusinessCalendar;
import org.allianceledger.platform.web.EnterpriseCode;
import org.allianceledger.platform.web.Slug;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

@RestController
class DealController {

    private final CommandGateway commands;

    DealController(CommandGateway commands) {
        this.commands = commands;
    }

    record QuantityRequest(@NotNull @Positive BigDecimal amount, @NotBlank @Size(max = 32) String unit) {
    }

    record DealRequest(@Slug String dealId,
                       @NotBlank @EnterpriseCode String from,
                       @NotBlank @EnterpriseCode String to,
                       @NotNull DealKind kind,
                       @NotBlank @Size(max = 500) String subject,
                       @Valid QuantityRequest quantity,
                       Recurrence recurrence,
                       @DecimalMin("0") BigDecimal valueCny,
                       @PastOrPresent LocalDate signedOn,
                       @Size(max = 200) String brokeredBy) {
    }

    @Operation(summary = "Record a deal between two members: from the provider (upstream) to the receiver (downstream)")
    @PostMapping(path = "/api/alliances/{allianceId}/deals", consumes = "application/json")
    ResponseEntity<DealDesk.DealAnswer> record(@PathVariable String allianceId, @Valid @RequestBody DealRequest request) {
        String dealId = request.dealId() == null ? UUID.randomUUID().toString() : request.dealId();
        Quantity quantity = request.quantity() == null ? null
                : new Quantity(request.quantity().amount(), UnitCode.normalise(request.quantity().unit()));
        DealDesk.DealAnswer answer = commands.sendAndWait(new RecordDeal(
                allianceId, dealId, request.from(), request.to(), request.kind(), request.subject(), quantity,
                request.recurrence(), request.valueCny(), BusinessCalendar.orToday(request.signedOn()),
                request.brokeredBy()));
        return ResponseEntity.created(URI.create("/api/alliances/" + allianceId + "/deals/" + dealId)).body(answer);
    }
}
