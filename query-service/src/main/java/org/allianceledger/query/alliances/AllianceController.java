package org.allianceledger.query.alliances;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.query.alliances.AllianceQueries.AllianceView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/alliances")
class AllianceController {

    private final AllianceQueries queries;
    private final KnownAlliances known;

    AllianceController(AllianceQueries queries, KnownAlliances known) {
        this.queries = queries;
        this.known = known;
    }

    record Alliances(List<AllianceView> alliances) {
    }

    @Operation(operationId = "listAlliances", summary = "Every alliance with its member count, chair and deal count")
    @GetMapping
    Alliances all() {
        return new Alliances(queries.all());
    }

    @Operation(operationId = "getAlliance", summary = "One alliance: its charter, counts, chair and term end, and version")
    @GetMapping("/{allianceId}")
    AllianceView one(@PathVariable @Slug String allianceId,
                     @Parameter(description = "wait until the read models applied this version (up to 5 s)")
                     @RequestParam(required = false) Long minVersion) {
        return queries.one(allianceId).orElseThrow(() -> known.notFound(allianceId));
    }
}
