package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The alliance held an activity on {@code heldOn}, with these members and partner departments taking part.
 *
 * @param donationsCny  what was donated, if anything was (a public-welfare activity's)
 * @param beneficiaries how many people it served, if counted
 */
@Revision("1")
public record ActivityRecorded(String allianceId,
                               String activityId,
                               ActivityKind kind,
                               String title,
                               LocalDate heldOn,
                               Attendees participants,
                               BigDecimal donationsCny,
                               Integer beneficiaries) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return heldOn;
    }
}
