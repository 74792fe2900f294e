package org.allianceledger.query.indicators;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.allianceledger.events.Disclosure;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.web.EnterpriseCode;
import org.allianceledger.platform.web.InvalidParameter;
import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.query.alliances.KnownAlliances;
import org.allianceledger.query.indicators.IndicatorQueries.Revision;
import org.allianceledger.query.indicators.RevenueSheet.Enterprise;
import org.allianceledger.query.indicators.RevenueSheet.LikeForLike;
import org.allianceledger.query.indicators.RevenueSheet.MemberFigures;
import org.allianceledger.query.indicators.RevenueSheet.Sheet;
import org.allianceledger.query.indicators.RevenueSheet.Total;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@RestController
class IndicatorController {

    private static final int FIRST_YEAR = 1900;

    private final IndicatorQueries queries;
    private final KnownAlliances alliances;

    IndicatorController(IndicatorQueries queries, KnownAlliances alliances) {
        this.queries = queries;
        this.alliances = alliances;
    }

    /** What a question over several enterprises answers; {@code disclosed} says whether confidential figures show. */
    record Indicators(String allianceId, String zoneId, int year, LocalDate asOf, LocalDate knownAt, boolean disclosed,
                      List<MemberFigures> members, Total total, LikeForLike likeForLike, List<String> billionClub) {
    }

    /** A revision as its reader may see it: a confidential one's figure, source and note are null to a viewer. */
    record ShownRevision(int revision, @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal revenueCny,
                         LocalDate reportedOn, Disclosure disclosure, String source, String note, Instant recordedAt,
                         String submittedBy) {
    }

    record Year(int year, List<ShownRevision> revisions) {
    }

    record EnterpriseIndicators(String enterpriseId, boolean disclosed, List<Year> years) {
    }

    @Operation(operationId = "getAllianceIndicators",
               summary = "A year's revenue of the members as of asOf (by default the year's last day): each member's, "
                         + "the previous year's and growth; the total, growth like for like, the billion club. "
                         + "Confidential figures, and what they contribute to, are null to a VIEWER")
    @GetMapping("/api/alliances/{allianceId}/indicators")
    Indicators alliance(@PathVariable @Slug String allianceId,
                        @Parameter(description = "the year, from 1900 to this year", required = true)
                        @RequestParam(required = false) Integer year,
                        @Parameter(description = "the business day whose members count; by default the year's last")
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                        @Parameter(description = "answer with the reports dated on or before this day")
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate knownAt) {
        requireYear(year);
        alliances.require(allianceId);
        LocalDate day = asOf == null ? LocalDate.of(year, 12, 31) : asOf;
        Sheet sheet = sheet(queries.allianceMembers(allianceId, day), year, knownAt);
        return new Indicators(allianceId, null, year, day, knownAt, Readers.callerReadsConfidential(), sheet.members(),
                              sheet.total(), sheet.likeForLike(), sheet.billionClub());
    }

    @Operation(operationId = "getZoneIndicators",
               summary = "The same over the zone's distinct enterprises as of asOf: one in two of its alliances counts once")
    @GetMapping("/api/zones/{zoneId}/indicators")
    Indicators zone(@PathVariable @Slug String zoneId,
                    @Parameter(description = "the year, from 1900 to this year", required = true)
                        @RequestParam(required = false) Integer year,
                    @Parameter(description = "the business day whose alliances and members count; by default the year's last")
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                    @Parameter(description = "answer with the reports dated on or before this day")
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate knownAt) {
        requireYear(year);
        if (!queries.zoneExists(zoneId)) {
            throw new Refusal(Problem.ZONE_NOT_FOUND, "No zone " + zoneId);
        }
        LocalDate day = asOf == null ? LocalDate.of(year, 12, 31) : asOf;
        Sheet sheet = sheet(queries.zoneEnterprises(zoneId, day), year, knownAt);
        return new Indicators(null, zoneId, year, day, knownAt, Readers.callerReadsConfidential(), sheet.members(),
                              sheet.total(), sheet.likeForLike(), sheet.billionClub());
    }

    @Operation(operationId = "getEnterpriseIndicators",
               summary = "Every year the enterprise reported, with every revision; a confidential revision's figure, "
                         + "source and note are null to a VIEWER")
    @GetMapping("/api/enterprises/{enterpriseId}/indicators")
    EnterpriseIndicators enterprise(@PathVariable @EnterpriseCode String enterpriseId) {
        boolean disclosed = Readers.callerReadsConfidential();
        List<Year> years = new ArrayList<>();
        queries.revisions(enterpriseId).forEach((year, revisions) -> years.add(
                new Year(year, revisions.stream().map(r -> shown(r, disclosed)).toList())));
        return new EnterpriseIndicators(enterpriseId, disclosed, years);
    }

    private Sheet sheet(List<Enterprise> enterprises, int year, LocalDate knownAt) {
        List<String> ids = enterprises.stream().map(Enterprise::id).toList();
        return RevenueSheet.of(enterprises, queries.figures(ids, year, knownAt), queries.figures(ids, year - 1, knownAt),
                               Readers.callerReadsConfidential());
    }

    private static ShownRevision shown(Revision r, boolean disclosed) {
        boolean hidden = r.disclosure() == Disclosure.CONFIDENTIAL && !disclosed;
        return new ShownRevision(r.revision(), hidden ? null : r.revenueCny(), r.reportedOn(), r.disclosure(),
                                 hidden ? null : r.source(), hidden ? null : r.note(), r.recordedAt(), r.submittedBy());
    }

    /** Checked here, not by binding, so that a missing year is a VALIDATION_FAILED problem like a wrong one. */
    private static void requireYear(Integer year) {
        if (year == null) {
            throw new InvalidParameter("year", "is required");
        }
        if (year < FIRST_YEAR || year > BusinessCalendar.today().getYear()) {
            throw new InvalidParameter("year", "must be from " + FIRST_YEAR + " to this year");
        }
    }
}
