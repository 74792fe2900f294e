package org.allianceledger.command.indicators;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.allianceledger.events.Disclosure;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.web.BusinessDate;
import org.allianceledger.platform.web.EnterpriseCode;
import org.allianceledger.platform.web.InvalidParameter;
import org.allianceledger.platform.web.Money;
import org.allianceledger.platform.web.Text;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.allianceledger.platform.web.Limits.NAME_LENGTH;
import static org.allianceledger.platform.web.Limits.TEXT_LENGTH;

@RestController
class IndicatorController {

    private static final int FIRST_YEAR = 1900;

    private final CommandGateway commands;

    IndicatorController(CommandGateway commands) {
        this.commands = commands;
    }

    record RevenueRequest(@NotNull @Money BigDecimal revenueCny,
                          @BusinessDate LocalDate reportedOn,
                          Disclosure disclosure,
                          @Text(max = NAME_LENGTH) String source,
                          @Text(max = TEXT_LENGTH, lines = true) String note) {
    }

    @Operation(operationId = "reportRevenue",
               summary = "An enterprise reports its revenue for a year; a later report of the year is a revision kept "
                         + "beside the earlier ones, the same report resent records nothing. CONFIDENTIAL by default")
    @PutMapping(path = "/api/enterprises/{enterpriseId}/indicators/{year}", consumes = "application/json",
                produces = "application/json")
    RevenueRevision report(@PathVariable @EnterpriseCode String enterpriseId,
                           @Parameter(description = "the year the revenue is of, from 1900 to this year")
                           @PathVariable int year,
                           @Valid @RequestBody RevenueRequest request) {
        LocalDate reportedOn = BusinessCalendar.orToday(request.reportedOn());
        if (year < FIRST_YEAR || year > BusinessCalendar.today().getYear()) {
            throw new InvalidParameter("year", "must be from " + FIRST_YEAR + " to this year");
        }
        Disclosure disclosure = request.disclosure() == null ? Disclosure.CONFIDENTIAL : request.disclosure();
        return commands.sendAndWait(new ReportRevenue(enterpriseId, year, request.revenueCny(), reportedOn, disclosure,
                                                      request.source(), request.note()));
    }
}
