package org.allianceledger.query.chains;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.query.alliances.KnownAlliances;
import org.allianceledger.query.chains.ChainQueries.Chains;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
class ChainController {

    private final ChainQueries queries;
    private final KnownAlliances alliances;

    ChainController(ChainQueries queries, KnownAlliances alliances) {
        this.queries = queries;
        this.alliances = alliances;
    }

    @Operation(operationId = "getChains", summary = "Cooperation chains: members linked by deals, upstream to downstream, with their longest paths")
    @GetMapping("/api/alliances/{allianceId}/chains")
    Chains chains(@PathVariable @Slug String allianceId,
                  @Parameter(description = "a past business day: members then, and deals signed by then")
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                  @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        return queries.chains(allianceId, asOf);
    }
}
