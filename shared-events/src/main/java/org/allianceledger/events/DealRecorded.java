package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Two members made a deal; {@code provider} is upstream, {@code receiver} downstream.
 * Revision 2: the quantity's unit is a UN/ECE Recommendation 20 code where one applies (TNE for tonnes, H87 for
 * pieces); revision 1 kept the unit as written, and is upcast on reading.
 *
 * @param brokeredBy the partner department that brokered it, if any
 */
@Revision("2")
public record DealRecorded(String allianceId,
                           String dealId,
                           String provider,
                           String receiver,
                           DealKind kind,
                           String subject,
                           Quantity quantity,
                           Recurrence recurrence,
                           BigDecimal valueCny,
                           LocalDate signedOn,
                           String brokeredBy) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return signedOn;
    }
}
