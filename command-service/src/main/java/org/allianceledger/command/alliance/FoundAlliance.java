package org.allianceledger.command.alliance;

import org.allianceledger.command.Resendable;
import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.Charter;
import org.allianceledger.events.Enterprise;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record FoundAlliance(@TargetAggregateIdentifier String allianceId,
                            String name,
                            String industryChain,
                            String region,
                            LocalDate foundedOn,
                            List<String> leadingBodies,
                            Charter charter,
                            List<Enterprise> foundingMembers,
                            String initialChair) implements Resendable {

    AllianceFounded toEvent() {
        return new AllianceFounded(allianceId, name, industryChain, region, foundedOn, leadingBodies, charter,
                                   foundingMembers, initialChair);
    }
}
