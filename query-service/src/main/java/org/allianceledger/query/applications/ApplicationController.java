package org.allianceledger.query.applications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.NotNull;
import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.platform.web.StatusFilter;
import org.allianceledger.query.alliances.KnownAlliances;
import org.allianceledger.query.applications.ApplicationQueries.Application;
import org.allianceledger.query.applications.ApplicationQueries.Status;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api/alliances/{allianceId}/applications")
class ApplicationController {

    private final ApplicationQueries queries;
    private final KnownAlliances alliances;

    ApplicationController(ApplicationQueries queries, KnownAlliances alliances) {
        this.queries = queries;
        this.alliances = alliances;
    }

    record Applications(String allianceId, int count, List<Application> applications) {
    }

    @Operation(operationId = "listApplications", summary = "Applications with their tally, votes and outcome, filtered by status")
    @GetMapping
    Applications applications(@PathVariable @Slug String allianceId,
                              @Parameter(description = "comma-separated: OPEN, APPROVED, REJECTED, WITHDRAWN")
                              @RequestParam(required = false) Set<@NotNull Status> status,
                              @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        Set<Status> wanted = StatusFilter.wantedOrAll(status, Status.class);
        List<Application> found = queries.applications(allianceId, wanted);
        return new Applications(allianceId, found.size(), found);
    }

    @Operation(operationId = "getApplication", summary = "One application with its tally, votes and outcome")
    @GetMapping("/{applicationId}")
    Application application(@PathVariable @Slug String allianceId, @PathVariable @Slug String applicationId,
                            @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        return queries.application(allianceId, applicationId)
                .orElseThrow(() -> new Refusal(Problem.APPLICATION_NOT_FOUND, "No application " + applicationId));
    }
}
