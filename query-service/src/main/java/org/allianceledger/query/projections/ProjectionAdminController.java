package org.allianceledger.query.projections;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Where the projections stand, for admins, and the rebuild they start. */
@RestController
class ProjectionAdminController {

    private final Rebuild rebuild;
    private final ProjectionStatus status;

    ProjectionAdminController(Rebuild rebuild, ProjectionStatus status) {
        this.rebuild = rebuild;
        this.status = status;
    }

    record Projections(List<ProjectionStatus.Projection> projections) {
    }

    @Operation(operationId = "getProjections", summary = "Each projection's position, the event store's head, the lag, and rebuild progress in percent")
    @GetMapping("/api/admin/projections")
    Projections projections() {
        return new Projections(List.of(status.current()));
    }

    @Operation(operationId = "rebuildProjections", summary = "Rebuild every read model from the event store beside the current ones; queries keep "
                         + "reading the current ones until the new ones have caught up")
    @PostMapping("/api/admin/projections/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "409", description = "REBUILD_IN_PROGRESS: a rebuild is already under way")
    Projections startRebuild() {
        rebuild.start();
        return projections();
    }
}
