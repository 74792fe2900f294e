package org.allianceledger.command.motions;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.allianceledger.command.idempotency.CreatedId;
import org.allianceledger.events.MotionKind;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.web.BusinessDate;
import org.allianceledger.platform.web.EnterpriseCode;
import org.allianceledger.platform.web.Limits;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.platform.web.Text;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;

@RestController
@RequestMapping(path = "/api/alliances/{allianceId}/motions", consumes = "application/json", produces = "application/json")
class MotionController {

    private final CommandGateway commands;

    MotionController(CommandGateway commands) {
        this.commands = commands;
    }

    record FileRequest(@Slug String motionId,
                       @NotNull MotionKind kind,
                       @NotNull @EnterpriseCode String subject,
                       @BusinessDate LocalDate filedOn,
                       @NotNull @Text(max = Limits.TEXT_LENGTH, lines = true) String statement) {
    }

    /** {@code meetingId}: the joint meeting the vote is cast at, if any. */
    record VoteRequest(@NotNull @EnterpriseCode String voter,
                       @NotNull VoteDecision decision,
                       @BusinessDate LocalDate castOn,
                       @Slug String meetingId) {
    }

    /** {@code meetingId}: the joint meeting the motion is closed at, if any. */
    record CloseRequest(@BusinessDate LocalDate closedOn, @Slug String meetingId) {
    }

    record RecusalRequest(@NotNull @EnterpriseCode String voter,
                          @NotNull @Text(max = Limits.TEXT_LENGTH, lines = true) String reason,
                          @BusinessDate LocalDate recusedOn) {
    }

    @Operation(operationId = "fileMotion", summary = "Put a motion (an expulsion) to the members other than its subject")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<MotionStanding> file(@PathVariable @Slug String allianceId, @Valid @RequestBody FileRequest request) {
        String motionId = CreatedId.of("motionId", request.motionId());
        MotionStanding standing = commands.sendAndWait(new FileMotion(allianceId, motionId, request.kind(),
                request.subject(), BusinessCalendar.orToday(request.filedOn()), request.statement()));
        return ResponseEntity.created(URI.create("/api/alliances/" + allianceId + "/motions/" + motionId)).body(standing);
    }

    @Operation(operationId = "castMotionVote", summary = "Cast a vote on a motion; the same vote resent is a no-op")
    @PostMapping("/{motionId}/votes")
    MotionStanding vote(@PathVariable @Slug String allianceId, @PathVariable @Slug String motionId,
                        @Valid @RequestBody VoteRequest request) {
        return commands.sendAndWait(new CastMotionVote(allianceId, motionId, request.voter(), request.decision(),
                                                       BusinessCalendar.orToday(request.castOn()),
                                                       request.meetingId()));
    }

    @Operation(operationId = "closeMotion", summary = "Close a motion's vote now and decide it")
    @PostMapping("/{motionId}/close")
    MotionStanding close(@PathVariable @Slug String allianceId, @PathVariable @Slug String motionId,
                         @Valid @RequestBody CloseRequest request) {
        return commands.sendAndWait(new CloseMotion(allianceId, motionId, BusinessCalendar.orToday(request.closedOn()),
                                                    request.meetingId()));
    }

    @Operation(operationId = "recuseFromMotion", summary = "An elector who has not voted stands aside from a motion")
    @PostMapping("/{motionId}/recusals")
    MotionStanding recuse(@PathVariable @Slug String allianceId, @PathVariable @Slug String motionId,
                          @Valid @RequestBody RecusalRequest request) {
        return commands.sendAndWait(new RecuseFromMotion(allianceId, motionId, request.voter(), request.reason(),
                                                         BusinessCalendar.orToday(request.recusedOn())));
    }
}
