package org.allianceledger.command.problems;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.allianceledger.command.idempotency.CreatedId;
import org.allianceledger.events.ResolvedBy;
import org.allianceledger.platform.web.Slug;
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

import static org.allianceledger.platform.domain.BusinessCalendar.orToday;

/**
 * The problem ledger. Raising and assigning first ask the alliance (a command that records nothing, in its turn),
 * then act on the problem's own aggregate: one after the other, so no lock or connection is held while waiting for
 * the other (decision 15).
 */
@RestController
@RequestMapping(path = "/api/alliances/{allianceId}/problems", consumes = "application/json", produces = "application/json")
class ProblemController {

    private final CommandGateway commands;

    ProblemController(CommandGateway commands) {
        this.commands = commands;
    }

    @Operation(operationId = "raiseProblem", summary = "A member raises a problem, OPEN until assigned")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProblemStanding> raise(@PathVariable @Slug String allianceId,
                                          @Valid @RequestBody ProblemRequests.RaiseRequest request) {
        String problemId = CreatedId.of("problemId", request.problemId());
        LocalDate raisedOn = orToday(request.raisedOn());
        commands.sendAndWait(new VouchForRaising(allianceId, request.raisedBy(), raisedOn, request.visitId()));
        ProblemStanding standing = commands.sendAndWait(new RaiseProblem(
                allianceId, problemId, request.raisedBy(), raisedOn, request.category(), request.title(),
                request.description(), Boolean.TRUE.equals(request.chainWide()), request.visitId()));
        return ResponseEntity.created(URI.create("/api/alliances/" + allianceId + "/problems/" + problemId))
                .body(standing);
    }

    @Operation(operationId = "assignProblem",
               summary = "Assign (交办) the problem to a partner department with a due date; again to reassign")
    @PostMapping("/{problemId}/assignment")
    ProblemStanding assign(@PathVariable @Slug String allianceId, @PathVariable @Slug String problemId,
                           @Valid @RequestBody ProblemRequests.AssignmentRequest request) {
        LocalDate assignedOn = orToday(request.assignedOn());
        commands.sendAndWait(new VouchForAssignment(allianceId, request.department(), assignedOn));
        return commands.sendAndWait(new AssignProblem(allianceId, problemId, request.department(), assignedOn,
                                                      request.dueOn()));
    }

    @Operation(operationId = "noteProblemProgress", summary = "Note progress on a problem")
    @PostMapping("/{problemId}/progress")
    ProblemStanding progress(@PathVariable @Slug String allianceId, @PathVariable @Slug String problemId,
                             @Valid @RequestBody ProblemRequests.ProgressRequest request) {
        return commands.sendAndWait(new NoteProgress(allianceId, problemId, request.note(), orToday(request.on())));
    }

    @Operation(operationId = "resolveProblem", summary = "Resolve (办结) an assigned problem, by its department or experts")
    @PostMapping("/{problemId}/resolution")
    ProblemStanding resolve(@PathVariable @Slug String allianceId, @PathVariable @Slug String problemId,
                            @Valid @RequestBody ProblemRequests.ResolutionRequest request) {
        ResolvedBy by = request.resolvedBy() == null ? ResolvedBy.DEPARTMENT : request.resolvedBy();
        return commands.sendAndWait(new ResolveProblem(allianceId, problemId, request.result(),
                                                       orToday(request.resolvedOn()), by));
    }

    @Operation(operationId = "giveProblemFeedback", summary = "The member rates a resolved problem (1-5), closing it")
    @PostMapping("/{problemId}/feedback")
    ProblemStanding feedback(@PathVariable @Slug String allianceId, @PathVariable @Slug String problemId,
                             @Valid @RequestBody ProblemRequests.FeedbackRequest request) {
        return commands.sendAndWait(new GiveFeedback(allianceId, problemId, request.rating(), request.comment(),
                                                     orToday(request.on())));
    }

    @Operation(operationId = "reopenProblem", summary = "Reopen a resolved or closed problem, ASSIGNED again")
    @PostMapping("/{problemId}/reopening")
    ProblemStanding reopen(@PathVariable @Slug String allianceId, @PathVariable @Slug String problemId,
                           @Valid @RequestBody ProblemRequests.ReopeningRequest request) {
        return commands.sendAndWait(new ReopenProblem(allianceId, problemId, request.reason(), orToday(request.on())));
    }
}
