package org.allianceledger.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

/** The history of an alliance straight from the event store, as JSON pages or as whole CSV and NDJSON exports. */
@RestController
@RequestMapping("/api/audit/alliances/{allianceId}/events")
class AuditController {

    /** One operation in three representations: the document merges its handlers, so each says the same. */
    private static final String EXPORT = "exportAuditEvents";
    private static final String EXPORTS = "The alliance's events from the event store, " + AuditExport.REPRESENTATIONS;

    private final AuditExport export;

    AuditController(AuditExport export) {
        this.export = export;
    }

    record Page(String allianceId, int count, List<AuditTrail.Entry> events,
                @JsonInclude(JsonInclude.Include.ALWAYS) String next) {
    }

    @Operation(operationId = EXPORT, summary = EXPORTS)
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Page page(@PathVariable @Slug String allianceId,
              @Parameter(description = AuditExport.FROM) @RequestParam(required = false) String from,
              @Parameter(description = AuditExport.TO) @RequestParam(required = false) String to,
              @Parameter(description = AuditExport.TYPE) @RequestParam(required = false) String type,
              @Parameter(description = AuditExport.CURSOR) @RequestParam(required = false) String cursor,
              @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        AuditExport.Slice slice = export.page(source(allianceId), from, to, type, cursor, limit);
        return new Page(allianceId, slice.events().size(), slice.events(), slice.next());
    }

    @Operation(operationId = EXPORT, summary = EXPORTS)
    @GetMapping(produces = AuditExport.NDJSON)
    ResponseEntity<StreamingResponseBody> ndjson(@PathVariable @Slug String allianceId,
                                                 @RequestParam(required = false) String from,
                                                 @RequestParam(required = false) String to,
                                                 @RequestParam(required = false) String type) {
        return export.ndjson(source(allianceId), from, to, type);
    }

    @Operation(operationId = EXPORT, summary = EXPORTS)
    @GetMapping(produces = AuditExport.CSV)
    ResponseEntity<StreamingResponseBody> csv(@PathVariable @Slug String allianceId,
                                              @RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to,
                                              @RequestParam(required = false) String type) {
        return export.csv(source(allianceId), from, to, type);
    }

    private static AuditExport.Source source(String allianceId) {
        return new AuditExport.Source(allianceId, allianceId, () ->
                new Refusal(Problem.ALLIANCE_NOT_FOUND, "No alliance " + allianceId + " in the event store"));
    }
}
