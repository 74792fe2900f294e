package org.allianceledger.query.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.NotNull;
import org.allianceledger.platform.web.DepartmentCode;
import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.query.alliances.KnownAlliances;
import org.allianceledger.query.ledger.LedgerQueries.ProblemCategory;
import org.allianceledger.query.ledger.LedgerQueries.ProblemFilter;
import org.allianceledger.query.ledger.LedgerQueries.ProblemStatus;
import org.allianceledger.query.ledger.LedgerQueries.ProblemView;
import org.allianceledger.query.ledger.LedgerQueries.VisitView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/**
 * The problem ledger and the visits. A problem's events are not the alliance's (decision 15): {@code minVersion} on
 * these reads still waits for the alliance's version only; a problem's own version is in its answer.
 */
@RestController
@RequestMapping("/api/alliances/{allianceId}")
class LedgerController {

    private static final String MIN_VERSION = "wait until the read models applied this version of the alliance "
                                              + "(up to 5 s); a problem's own events are counted in its version";

    private final LedgerQueries queries;
    private final KnownAlliances alliances;

    LedgerController(LedgerQueries queries, KnownAlliances alliances) {
        this.queries = queries;
        this.alliances = alliances;
    }

    record Problems(String allianceId, int count, List<ProblemView> problems) {
    }

    record Visits(String allianceId, int count, List<VisitView> visits) {
    }

    @Operation(operationId = "listProblems",
               summary = "The problem ledger, each problem with its whole history, filtered by status, department, category, overdue")
    @GetMapping("/problems")
    Problems problems(@PathVariable @Slug String allianceId,
                      @Parameter(description = "comma-separated: OPEN, ASSIGNED, RESOLVED, CLOSED")
                      @RequestParam(required = false) Set<@NotNull ProblemStatus> status,
                      @Parameter(description = "the department it is assigned to")
                      @RequestParam(required = false) @DepartmentCode String department,
                      @Parameter(description = "comma-separated categories")
                      @RequestParam(required = false) Set<@NotNull ProblemCategory> category,
                      @Parameter(description = "true: only the overdue; false: only those not overdue")
                      @RequestParam(required = false) Boolean overdue,
                      @Parameter(description = MIN_VERSION)
                      @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        List<ProblemView> found = queries.problems(allianceId, new ProblemFilter(status, department, category, overdue));
        return new Problems(allianceId, found.size(), found);
    }

    @Operation(operationId = "getProblem", summary = "One problem with its whole history (who, what, when)")
    @GetMapping("/problems/{problemId}")
    ProblemView problem(@PathVariable @Slug String allianceId, @PathVariable @Slug String problemId,
                        @Parameter(description = MIN_VERSION)
                        @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        return queries.problem(allianceId, problemId)
                .orElseThrow(() -> new Refusal(Problem.PROBLEM_NOT_FOUND, "No problem " + problemId));
    }

    @Operation(operationId = "listVisits", summary = "Visits to the members by day, each with the problems raised on it")
    @GetMapping("/visits")
    Visits visits(@PathVariable @Slug String allianceId,
                  @Parameter(description = MIN_VERSION)
                  @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        List<VisitView> found = queries.visits(allianceId);
        return new Visits(allianceId, found.size(), found);
    }
}
