package org.allianceledger.command.alliance;

import org.allianceledger.command.membership.EnterpriseRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.allianceledger.command.idempotency.CreatedId;
import org.allianceledger.events.Charter;
import org.allianceledger.events.VotingRule;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.web.BusinessDate;
import org.allianceledger.platform.web.EnterpriseCode;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.platform.web.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.allianceledger.platform.web.Limits.NAME_LENGTH;

public record FoundAllianceRequest(@Slug String allianceId,
                                   @NotNull @Text(max = NAME_LENGTH) String name,
                                   @NotNull @Text(max = NAME_LENGTH) String industryChain,
                                   @NotNull @Text(max = NAME_LENGTH) String region,
                                   @BusinessDate LocalDate foundedOn,
                                   @Size(max = 20) List<@NotNull @Text(max = NAME_LENGTH) String> leadingBodies,
                                   @NotNull @Valid CharterRequest charter,
                                   @NotNull @Size(min = 2, max = 1000) List<@NotNull @Valid EnterpriseRequest> foundingMembers,
                                   @NotNull @EnterpriseCode String initialChair) {

    public record CharterRequest(@NotNull VotingRule votingRule,
                                 @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal quorum,
                                 @NotNull @Min(1) @Max(24) Integer chairTermMonths,
                                 @NotNull @Min(1) @Max(366) Integer voteWindowDays,
                                 @Min(1) @Max(20) Integer instructorsPerDepartment,
                                 @Min(1) @Max(12) Integer meetingEveryMonths) {

        Charter toCharter() {
            // 0.5 and 0.50 are the same quorum: normalised, so a retry with either is the same founding
            return new Charter(votingRule, quorum.stripTrailingZeros(), chairTermMonths, voteWindowDays,
                               instructorsPerDepartment, meetingEveryMonths);
        }
    }

    FoundAlliance toCommand() {
        return new FoundAlliance(CreatedId.of("allianceId", allianceId), name, industryChain,
                                 region, BusinessCalendar.orToday(foundedOn),
                                 leadingBodies == null ? List.of() : List.copyOf(leadingBodies), charter.toCharter(),
                                 foundingMembers.stream().map(EnterpriseRequest::toEnterprise).toList(), initialChair);
    }
}
