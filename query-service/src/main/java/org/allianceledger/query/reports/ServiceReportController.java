package org.allianceledger.query.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.web.InvalidParameter;
import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.query.alliances.KnownAlliances;
import org.allianceledger.query.reports.ServiceReportQueries.ServiceReport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The service reports of an alliance and of a zone: counts, not confidential figures, so a VIEWER reads them. */
@RestController
class ServiceReportController {

    private final ServiceReportQueries queries;
    private final KnownAlliances alliances;

    ServiceReportController(ServiceReportQueries queries, KnownAlliances alliances) {
        this.queries = queries;
        this.alliances = alliances;
    }

    @Operation(operationId = "getAllianceServiceReport",
               summary = "The alliance's service over business days from..to (inclusive; default the whole history up "
                         + "to today): visits, problems, departments, instructors, uncovered members, activities, meetings")
    @GetMapping("/api/alliances/{allianceId}/service-report")
    ServiceReport alliance(@PathVariable @Slug String allianceId,
                           @Parameter(description = "first business day of the period (default: the beginning)")
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @Parameter(description = "last business day of the period (default: today)")
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           @Parameter(description = "wait until the read models applied this version (up to 5 s)")
                           @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        LocalDate until = until(from, to);
        return queries.report(allianceId, null, List.of(allianceId), from, until);
    }

    @Operation(operationId = "getZoneServiceReport",
               summary = "The zone's service over business days from..to across its alliances, each enterprise and "
                         + "each department counted once")
    @GetMapping("/api/zones/{zoneId}/service-report")
    ServiceReport zone(@PathVariable @Slug String zoneId,
                       @Parameter(description = "first business day of the period (default: the beginning)")
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @Parameter(description = "last business day of the period (default: today)")
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate until = until(from, to);
        List<String> members = queries.zoneAlliances(zoneId, until)
                .orElseThrow(() -> new Refusal(Problem.ZONE_NOT_FOUND, "No zone " + zoneId));
        return queries.report(null, zoneId, members, from, until);
    }

    /** The period's last day: {@code to}, or today; a period ending before it begins is the client's mistake. */
    private static LocalDate until(LocalDate from, LocalDate to) {
        LocalDate until = to == null ? BusinessCalendar.today() : to;
        if (from != null && from.isAfter(until)) {
            throw new InvalidParameter("from", "must not be after to (" + until + ")");
        }
        return until;
    }
}
