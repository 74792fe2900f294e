package org.allianceledger.command.problems;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.allianceledger.events.ProblemCategory;
import org.allianceledger.events.ResolvedBy;
import org.allianceledger.platform.web.BusinessDate;
import org.allianceledger.platform.web.DepartmentCode;
import org.allianceledger.platform.web.EnterpriseCode;
import org.allianceledger.platform.web.Limits;
import org.allianceledger.platform.web.SchedulingDate;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.platform.web.Text;

import java.time.LocalDate;

/** The bodies of the problem ledger's commands, as the API defines them. */
final class ProblemRequests {

    private ProblemRequests() {
    }

    record RaiseRequest(@Slug String problemId,
                        @NotNull @EnterpriseCode String raisedBy,
                        @BusinessDate LocalDate raisedOn,
                        @NotNull ProblemCategory category,
                        @NotNull @Text(max = Limits.NAME_LENGTH) String title,
                        @NotNull @Text(max = Limits.TEXT_LENGTH, lines = true) String description,
                        Boolean chainWide,
                        @Slug String visitId) {
    }

    record AssignmentRequest(@NotNull @DepartmentCode String department,
                             @NotNull @SchedulingDate LocalDate dueOn,
                             @BusinessDate LocalDate assignedOn) {
    }

    record ProgressRequest(@NotNull @Text(max = Limits.TEXT_LENGTH, lines = true) String note,
                           @BusinessDate LocalDate on) {
    }

    record ResolutionRequest(@NotNull @Text(max = Limits.TEXT_LENGTH, lines = true) String result,
                             @BusinessDate LocalDate resolvedOn,
                             ResolvedBy resolvedBy) {
    }

    record FeedbackRequest(@NotNull @Min(1) @Max(5) Integer rating,
                           @Text(max = Limits.TEXT_LENGTH, lines = true) String comment,
                           @BusinessDate LocalDate on) {
    }

    record ReopeningRequest(@NotNull @Text(max = Limits.TEXT_LENGTH, lines = true) String reason,
                            @BusinessDate LocalDate on) {
    }
}
