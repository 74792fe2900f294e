package org.allianceledger.command.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.allianceledger.command.web.EnterpriseRequest;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.platform.web.EnterpriseCode;
import org.allianceledger.platform.web.Slug;

import java.time.LocalDate;

/** The bodies of the membership commands, as the API defines them. */
final class MembershipRequests {

    private MembershipRequests() {
    }

    record Apply(@Slug String applicationId,
                 @NotNull @Valid EnterpriseRequest enterprise,
                 @PastOrPresent LocalDate filedOn,
                 @Size(max = 4000) String statement) {
    }

    record Vote(@NotBlank @EnterpriseCode String voter,
                @NotNull VoteDecision decision,
                @PastOrPresent LocalDate castOn) {
    }

    record Close(@PastOrPresent LocalDate closedOn) {
    }

    record Withdraw(@PastOrPresent LocalDate withdrawnOn) {
    }
}
