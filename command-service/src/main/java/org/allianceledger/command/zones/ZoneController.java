package org.allianceledger.command.zones;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.allianceledger.command.idempotency.CreatedId;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.web.BusinessDate;
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

import static org.allianceledger.platform.web.Limits.NAME_LENGTH;

@RestController
class ZoneController {

    private final CommandGateway commands;
    private final ZoneFoundings zones;

    ZoneController(CommandGateway commands, ZoneFoundings zones) {
        this.commands = commands;
        this.zones = zones;
    }

    record FoundZoneRequest(@Slug String zoneId,
                            @NotNull @Text(max = NAME_LENGTH) String name,
                            @NotNull @Text(max = NAME_LENGTH) String region,
                            @NotNull @Text(max = NAME_LENGTH) String committee,
                            @BusinessDate LocalDate foundedOn) {
    }

    record JoinZoneRequest(@NotNull @Slug String allianceId, @BusinessDate LocalDate joinedOn) {
    }

    @Operation(operationId = "foundZone", summary = "Found a development zone whose committee reads across its alliances")
    @PostMapping(path = "/api/zones", consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ZoneVersion> found(@Valid @RequestBody FoundZoneRequest request) {
        ZoneVersion founded = commands.sendAndWait(new FoundZone(
                CreatedId.of("zoneId", request.zoneId()), request.name(), request.region(), request.committee(),
                BusinessCalendar.orToday(request.foundedOn())));
        return ResponseEntity.created(URI.create("/api/zones/" + founded.zoneId())).body(founded);
    }

    @Operation(operationId = "joinZone", summary = "An alliance joins the zone; an alliance is in at most one zone")
    @PostMapping(path = "/api/zones/{zoneId}/alliances", consumes = "application/json", produces = "application/json")
    ZoneMembership join(@PathVariable @Slug String zoneId, @Valid @RequestBody JoinZoneRequest request) {
        LocalDate zoneFoundedOn = zones.foundedOn(zoneId);
        return commands.sendAndWait(new JoinZone(request.allianceId(), zoneId,
                                                 BusinessCalendar.orToday(request.joinedOn()), zoneFoundedOn));
    }
}
