package org.allianceledger.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.allianceledger.events.IndicatorStream;
import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.platform.web.EnterpriseCode;
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
 * An enterprise's revenue reports straight from the event store (its own stream, in no alliance's audit), every
 * revision and confidential figure included, as JSON pages or as whole CSV and NDJSON exports.
 */
@RestController
@RequestMapping("/api/audit/enterprises/{enterpriseId}/indicators/events")
class IndicatorAuditController {

    private static final String EXPORT = "exportIndicatorAuditEvents";
    private static final String EXPORTS = "The enterprise's revenue reports from the event store, " + AuditExport.REPRESENTATIONS;

    private final AuditExport export;

    IndicatorAuditController(AuditExport export) {
        this.export = export;
    }

    record IndicatorPage(String enterpriseId, int count, List<AuditTrail.Entry> events,
                    @JsonInclude(JsonInclude.Include.ALWAYS) String next) {
    }

    @Operation(operationId = EXPORT, summary = EXPORTS)
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    IndicatorPage page(@PathVariable @EnterpriseCode String enterpriseId,
                  @Parameter(description = AuditExport.FROM) @RequestParam(required = false) String from,
                  @Parameter(description = AuditExport.TO) @RequestParam(required = false) String to,
                  @Parameter(description = AuditExport.TYPE) @RequestParam(required = false) String type,
                  @Parameter(description = AuditExport.CURSOR) @RequestParam(required = false) String cursor,
                  @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        AuditExport.Slice slice = export.page(source(enterpriseId), from, to, type, cursor, limit);
        return new IndicatorPage(enterpriseId, slice.events().size(), slice.events(), slice.next());
    }

    @Operation(operationId = EXPORT, summary = EXPORTS)
    @GetMapping(produces = AuditExport.NDJSON)
    ResponseEntity<StreamingResponseBody> ndjson(@PathVariable @EnterpriseCode String enterpriseId,
                                                 @RequestParam(required = false) String from,
                                                 @RequestParam(required = false) String to,
                                                 @RequestParam(required = false) String type) {
        return export.ndjson(source(enterpriseId), from, to, type);
    }

    @Operation(operationId = EXPORT, summary = EXPORTS)
    @GetMapping(produces = AuditExport.CSV)
    ResponseEntity<StreamingResponseBody> csv(@PathVariable @EnterpriseCode String enterpriseId,
                                              @RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to,
                                              @RequestParam(required = false) String type) {
        return export.csv(source(enterpriseId), from, to, type);
    }

    private static AuditExport.Source source(String enterpriseId) {
        return new AuditExport.Source(IndicatorStream.of(enterpriseId), "indicators-" + enterpriseId, () ->
                new Refusal(Problem.ENTERPRISE_NOT_FOUND, "Enterprise " + enterpriseId + " reported no indicators"));
    }
}
