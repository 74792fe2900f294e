package org.allianceledger.command.membership;

import jakarta.validation.constraints.NotNull;
import org.allianceledger.events.Enterprise;
import org.allianceledger.platform.web.EnterpriseCode;
import org.allianceledger.platform.web.Limits;
import org.allianceledger.platform.web.Text;

/** An enterprise as a request names it: a founding member or an applicant. */
public record EnterpriseRequest(@NotNull @EnterpriseCode String id,
                                @NotNull @Text(max = Limits.NAME_LENGTH) String name,
                                @Text(max = Limits.NAME_LENGTH) String industry) {

    public Enterprise toEnterprise() {
        return new Enterprise(id, name, industry);
    }
}
