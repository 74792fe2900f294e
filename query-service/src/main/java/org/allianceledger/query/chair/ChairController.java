package org.allianceledger.query.chair;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.query.alliances.KnownAlliances;
import org.allianceledger.query.chair.ChairQueries.Chair;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
class ChairController {

    private final ChairQueries queries;
    private final KnownAlliances alliances;

    ChairController(ChairQueries queries, KnownAlliances alliances) {
        this.queries = queries;
        this.alliances = alliances;
    }

    @Operation(operationId = "getChair", summary = "The chair now or at the end of business day asOf: since when, until when, overdue, and every term")
    @GetMapping("/api/alliances/{allianceId}/chair")
    Chair chair(@PathVariable @Slug String allianceId,
                @Parameter(description = "a past business day; a chair whose term begins on it is the chair")
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        return queries.chair(allianceId, asOf);
    }
}
