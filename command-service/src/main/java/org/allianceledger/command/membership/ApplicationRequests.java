package org.allianceledger.command.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.platform.web.BusinessDate;
import org.allianceledger.platform.web.EnterpriseCode;
import org.allianceledger.platform.web.Limits;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.platform.web.Text;

import java.time.LocalDate;

/** The bodies of the application commands, as the API defines them. */
final class ApplicationRequests {

    private ApplicationRequests() {
    }

    record Apply(@Slug String applicationId,
                 @NotNull @Valid EnterpriseRequest enterprise,
                 @BusinessDate LocalDate filedOn,
                 @Text(max = Limits.TEXT_LENGTH, lines = true) String statement) {
    }

    /** {@code meetingId}: the joint meeting the vote is cast at, if any. */
    record Vote(@NotNull @EnterpriseCode String voter,
                @NotNull VoteDecision decision,
                @BusinessDate LocalDate castOn,
                @Slug String meetingId) {
    }

    record Close(@BusinessDate LocalDate closedOn, @Slug String meetingId) {
    }

    record Recusal(@NotNull @EnterpriseCode String voter,
                   @NotNull @Text(max = Limits.TEXT_LENGTH, lines = true) String reason,
                   @BusinessDate LocalDate recusedOn) {
    }

    record Withdraw(@BusinessDate LocalDate withdrawnOn) {
    }
}
