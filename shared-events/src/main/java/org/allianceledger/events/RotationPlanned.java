package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The order of the rotation was fixed ahead: {@code order} lists members in the order they are to chair, the
 * current chair first or not at all. Members who leave drop out of it, new members are appended.
 */
@Revision("1")
public record RotationPlanned(String allianceId,
                              List<String> order,
                              String note,
                              LocalDate plannedOn) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return plannedOn;
    }
}
