package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Two members of the rotation plan changed places; {@code order} is the plan after the swap. */
@Revision("1")
public record RotationPlanSwapped(String allianceId,
                                  String first,
                                  String second,
                                  List<String> order,
                                  String note,
                                  LocalDate swappedOn) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return swappedOn;
    }
}
