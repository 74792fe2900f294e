package org.allianceledger.query.deals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.allianceledger.events.DealKind;
import org.allianceledger.platform.web.EnterpriseCode;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.query.alliances.KnownAlliances;
import org.allianceledger.query.deals.DealQueries.Deals;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DealController {

    private final DealQueries queries;
    private final KnownAlliances alliances;

    DealController(DealQueries queries, KnownAlliances alliances) {
        this.queries = queries;
        this.alliances = alliances;
    }

    @Operation(operationId = "listDeals", summary = "Deals, newest first (by signing date), paged; filtered by a member on either side and by kind")
    @GetMapping("/api/alliances/{allianceId}/deals")
    Deals deals(@PathVariable @Slug String allianceId,
                @Parameter(description = "only deals this member provided or received")
                @RequestParam(required = false) @EnterpriseCode String member,
                @RequestParam(required = false) DealKind kind,
                @RequestParam(defaultValue = "0") @Min(0) int page,
                @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
                @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        return queries.deals(allianceId, member, kind, page, size);
    }
}
