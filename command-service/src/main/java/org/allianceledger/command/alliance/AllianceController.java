package org.allianceledger.command.alliance;

import org.allianceledger.command.AllianceVersion;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/api/alliances")
class AllianceController {

    private final CommandGateway commands;

    AllianceController(CommandGateway commands) {
        this.commands = commands;
    }

    @Operation(operationId = "foundAlliance", summary = "Found an alliance with its charter, founding members and first chair")
    @PostMapping(consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AllianceVersion> found(@Valid @RequestBody FoundAllianceRequest request) {
        AllianceVersion founded = commands.sendAndWait(request.toCommand());
        return ResponseEntity.created(URI.create("/api/alliances/" + founded.allianceId())).body(founded);
    }
}
