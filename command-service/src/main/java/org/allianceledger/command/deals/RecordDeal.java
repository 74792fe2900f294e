package org.allianceledger.command.deals;

import org.allianceledger.command.Resendable;
import org.allianceledger.events.DealKind;
import org.allianceledger.events.DealRecorded;
import org.allianceledger.events.Quantity;
import org.allianceledger.events.Recurrence;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

public record RecordDeal(@TargetAggregateIdentifier String allianceId,
                         String dealId,
                         String from,
                         String to,
                         DealKind kind,
                         String subject,
                         Quantity quantity,
                         Recurrence recurrence,
                         BigDecimal valueCny,
                         LocalDate signedOn,
                         String brokeredBy) implements Resendable {

    public DealRecorded toEvent() {
        return new DealRecorded(allianceId, dealId, from, to, kind, subject, quantity, recurrence, valueCny, signedOn,
                                brokeredBy);
    }
}
