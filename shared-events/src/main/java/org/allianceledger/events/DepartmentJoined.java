package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A department became a partner of the alliance (联建部门) from {@code joinedOn}; one that withdrew may join again. */
@Revision("1")
public record DepartmentJoined(String allianceId,
                               Department department,
                               LocalDate joinedOn) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return joinedOn;
    }
}
