package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record AllianceFounded(String allianceId,
                              String name,
                              String industryChain,
                              String region,
                              LocalDate foundedOn,
                              List<String> leadingBodies,
                              Charter charter,
                              List<Enterprise> foundingMembers,
                              String initialChair) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return foundedOn;
    }
}
