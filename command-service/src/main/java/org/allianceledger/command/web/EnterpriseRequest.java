package org.allianceledger.command.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.allianceledger.events.Enterprise;
import org.allianceledger.platform.web.EnterpriseCode;

public record EnterpriseRequest(@NotBlank @EnterpriseCode String id,
                                @NotBlank @Size(max = 200) String name,
                                @Size(max = 200) String industry) {

    public Enterprise toEnterprise() {
        return new Enterprise(id, name, industry);
    }
}
