package org.allianceledger.query.zones;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.query.zones.ZoneQueries.ZoneSummary;
import org.allianceledger.query.zones.ZoneQueries.ZoneView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/zones")
class ZoneController {

    private final ZoneQueries queries;

    ZoneController(ZoneQueries queries) {
        this.queries = queries;
    }

    record Zones(List<ZoneSummary> zones) {
    }

    @Operation(operationId = "listZones", summary = "Every zone with its number of alliances and of distinct enterprises now")
    @GetMapping
    Zones all() {
        return new Zones(queries.zones());
    }

    @Operation(operationId = "getZone",
               summary = "One zone, now or at the end of business day asOf: its alliances with their member counts and "
                         + "chairs, its distinct enterprises (one in two of its alliances counts once), its distinct "
                         + "partner departments and their instructors")
    @GetMapping("/{zoneId}")
    ZoneView one(@PathVariable @Slug String zoneId,
                 @Parameter(description = "a past business day; alliances that joined and members admitted on it count, "
                                          + "members who left on it do not")
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.zone(zoneId, asOf).orElseThrow(() -> new Refusal(Problem.ZONE_NOT_FOUND, "No zone " + zoneId));
    }
}
