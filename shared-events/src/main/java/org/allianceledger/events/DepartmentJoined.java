package org.allianceledger.events;

import java.time.LocalDate;

/** A department became a partner of the alliance (联建部门) from {@code joinedOn}; one that withdrew may join again. */
public record DepartmentJoined(String allianceId,
                               Department department,
                               LocalDate joinedOn) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return joinedOn;
    }
}
