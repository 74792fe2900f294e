package org.allianceledger.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.allianceledger.events.ProblemStream;
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
 * A problem's history straight from the event store: each problem is a stream of its own (decision 15), in no
 * alliance's audit, so it is read here, as JSON pages or as whole CSV and NDJSON exports.
 */
@RestController
@RequestMapping("/api/audit/alliances/{allianceId}/problems/{problemId}/events")
class ProblemAuditController {

    private static final String EXPORT = "exportProblemAuditEvents";
    private static final String EXPORTS = "The problem's events from the event store, " + AuditExport.REPRESENTATIONS;

    private final AuditExport export;

    ProblemAuditController(AuditExport export) {
        this.export = export;
    }

    record ProblemPage(String allianceId, String problemId, int count, List<AuditTrail.Entry> events,
                       @JsonInclude(JsonInclude.Include.ALWAYS) String next) {
    }

    @Operation(operationId = EXPORT, summary = EXPORTS)
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ProblemPage page(@PathVariable @Slug String allianceId, @PathVariable @Slug String problemId,
                     @Parameter(description = AuditExport.FROM) @RequestParam(required = false) String from,
                     @Parameter(description = AuditExport.TO) @RequestParam(required = false) String to,
                     @Parameter(description = AuditExport.TYPE) @RequestParam(required = false) String type,
                     @Parameter(description = AuditExport.CURSOR) @RequestParam(required = false) String cursor,
                     @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        AuditExport.Slice slice = export.page(source(allianceId, problemId), from, to, type, cursor, limit);
        return new ProblemPage(allianceId, problemId, slice.events().size(), slice.events(), slice.next());
    }

    @Operation(operationId = EXPORT, summary = EXPORTS)
    @GetMapping(produces = AuditExport.NDJSON)
    ResponseEntity<StreamingResponseBody> ndjson(@PathVariable @Slug String allianceId,
                                                 @PathVariable @Slug String problemId,
                                                 @RequestParam(required = false) String from,
                                                 @RequestParam(required = false) String to,
                                                 @RequestParam(required = false) String type) {
        return export.ndjson(source(allianceId, problemId), from, to, type);
    }

    @Operation(operationId = EXPORT, summary = EXPORTS)
    @GetMapping(produces = AuditExport.CSV)
    ResponseEntity<StreamingResponseBody> csv(@PathVariable @Slug String allianceId,
                                              @PathVariable @Slug String problemId,
                                              @RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to,
                                              @RequestParam(required = false) String type) {
        return export.csv(source(allianceId, problemId), from, to, type);
    }

    /** An unknown alliance holds no problem either, so both are the problem's 404. */
    private static AuditExport.Source source(String allianceId, String problemId) {
        return new AuditExport.Source(ProblemStream.of(allianceId, problemId),
                                      "problem-" + allianceId + "-" + problemId, () ->
                new Refusal(Problem.PROBLEM_NOT_FOUND,
                            "No problem " + problemId + " of alliance " + allianceId + " in the event store"));
    }
}
