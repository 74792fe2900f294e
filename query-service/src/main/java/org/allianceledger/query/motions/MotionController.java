package org.allianceledger.query.motions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.NotNull;
import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.platform.web.StatusFilter;
import org.allianceledger.query.alliances.KnownAlliances;
import org.allianceledger.query.motions.MotionQueries.Motion;
import org.allianceledger.query.motions.MotionQueries.Status;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api/alliances/{allianceId}/motions")
class MotionController {

    private final MotionQueries queries;
    private final KnownAlliances alliances;

    MotionController(MotionQueries queries, KnownAlliances alliances) {
        this.queries = queries;
        this.alliances = alliances;
    }

    record Motions(String allianceId, int count, List<Motion> motions) {
    }

    @Operation(operationId = "listMotions", summary = "Motions (expulsions) with their tally, votes, recusals and outcome, filtered by status")
    @GetMapping
    Motions motions(@PathVariable @Slug String allianceId,
                    @Parameter(description = "comma-separated: OPEN, APPROVED, REJECTED")
                    @RequestParam(required = false) Set<@NotNull Status> status,
                    @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        Set<Status> wanted = StatusFilter.wantedOrAll(status, Status.class);
        List<Motion> found = queries.motions(allianceId, wanted);
        return new Motions(allianceId, found.size(), found);
    }

    @Operation(operationId = "getMotion", summary = "One motion with its tally, votes, recusals and outcome")
    @GetMapping("/{motionId}")
    Motion motion(@PathVariable @Slug String allianceId, @PathVariable @Slug String motionId,
                  @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        return queries.motion(allianceId, motionId)
                .orElseThrow(() -> new Refusal(Problem.MOTION_NOT_FOUND, "No motion " + motionId));
    }
}
