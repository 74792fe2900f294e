package org.allianceledger.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.allianceledger.events.ZoneStream;
import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.platform.web.Slug;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.List;

/**
 * A zone's own history straight from the event store (its founding; an alliance's joining is the alliance's event,
 * in the alliance's audit), as JSON pages or as whole CSV and NDJSON exports.
 */
@RestController
@RequestMapping("/api/audit/zones/{zoneId}/events")
class ZoneAuditController {

    private static final String EXPORT = "exportZoneAuditEvents";
    private static final String EXPORTS = "The zone's own events from the event store, " + AuditExport.REPRESENTATIONS;

    private final AuditExport export;

    ZoneAuditController(AuditExport export) {
        this.export = export;
    }

    record ZonePage(String zoneId, int count, List<AuditTrail.Entry> events,
                    @JsonInclude(JsonInclude.Include.ALWAYS) String next) {
    }

    @Operation(operationId = EXPORT, summary = EXPORTS)
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ZonePage page(@PathVariable @Slug String zoneId,
                  @Parameter(description = AuditExport.FROM) @RequestParam(required = false) String from,
                  @Parameter(description = AuditExport.TO) @RequestParam(required = false) String to,
                  @Parameter(description = AuditExport.TYPE) @RequestParam(required = false) String type,
                  @Parameter(description = AuditExport.CURSOR) @RequestParam(required = false) String cursor,
                  @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        AuditExport.Slice slice = export.page(source(zoneId), from, to, type, cursor, limit);
        return new ZonePage(zoneId, slice.events().size(), slice.events(), slice.next());
    }

    @Operation(operationId = EXPORT, summary = EXPORTS)
    @GetMapping(produces = AuditExport.NDJSON)
    ResponseEntity<StreamingResponseBody> ndjson(@PathVariable @Slug String zoneId,
                                                 @RequestParam(required = false) String from,
                                                 @RequestParam(required = false) String to,
                                                 @RequestParam(required = false) String type) {
        return export.ndjson(source(zoneId), from, to, type);
    }

    @Operation(operationId = EXPORT, summary = EXPORTS)
    @GetMapping(produces = AuditExport.CSV)
    ResponseEntity<StreamingResponseBody> csv(@PathVariable @Slug String zoneId,
                                              @RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to,
                                              @RequestParam(required = false) String type) {
        return export.csv(source(zoneId), from, to, type);
    }

    private static AuditExport.Source source(String zoneId) {
        return new AuditExport.Source(ZoneStream.of(zoneId), "zone-" + zoneId, () ->
                new Refusal(Problem.ZONE_NOT_FOUND, "No zone " + zoneId + " in the event store"));
    }
}
