package org.allianceledger.query.activities;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.NotNull;
import org.allianceledger.events.ActivityKind;
import org.allianceledger.platform.web.InvalidParameter;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.platform.web.StatusFilter;
import org.allianceledger.query.activities.ActivityQueries.ActivityView;
import org.allianceledger.query.alliances.KnownAlliances;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

@RestController
class ActivityController {

    private final ActivityQueries queries;
    private final KnownAlliances alliances;

    ActivityController(ActivityQueries queries, KnownAlliances alliances) {
        this.queries = queries;
        this.alliances = alliances;
    }

    /** The activities found, with their donations and beneficiaries summed over those that gave them. */
    record Activities(String allianceId, LocalDate asOf, LocalDate from, LocalDate to, int count,
                      BigDecimal donationsCny, long beneficiaries, List<ActivityView> activities) {
    }

    @Operation(operationId = "listActivities",
               summary = "The alliance's activities (公益, 培训, 交流, 专家会诊) by day, with participants, donations and beneficiaries; filtered by kind and by days")
    @GetMapping("/api/alliances/{allianceId}/activities")
    Activities activities(@PathVariable @Slug String allianceId,
                          @Parameter(description = "comma-separated: PUBLIC_WELFARE, TRAINING, EXCHANGE, EXPERT_CONSULTATION, OTHER")
                          @RequestParam(required = false) Set<@NotNull ActivityKind> kind,
                          @Parameter(description = "the first day held, inclusive")
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @Parameter(description = "the last day held, inclusive")
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @Parameter(description = "a business day: the activities held by its end")
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                          @Parameter(description = "wait until the read models applied this version (up to 5 s)")
                          @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidParameter("from", "after to");
        }
        LocalDate until = to == null ? asOf : asOf == null || to.isBefore(asOf) ? to : asOf;
        List<ActivityView> found = queries.activities(allianceId, StatusFilter.wantedOrAll(kind, ActivityKind.class),
                                                      from, until);
        BigDecimal donations = found.stream().map(ActivityView::donationsCny).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        long beneficiaries = found.stream().map(ActivityView::beneficiaries).filter(Objects::nonNull)
                .mapToLong(Integer::longValue).sum();
        return new Activities(allianceId, asOf, from, to, found.size(), donations, beneficiaries, found);
    }
}
