package org.allianceledger.command.activities;

import org.allianceledger.command.Resendable;
import org.allianceledger.events.ActivityKind;
import org.allianceledger.events.Attendees;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An activity the alliance held; {@code donationsCny} and {@code beneficiaries} may be null (none given). */
public record RecordActivity(@TargetAggregateIdentifier String allianceId,
                             String activityId,
                             ActivityKind kind,
                             String title,
                             LocalDate heldOn,
                             Attendees participants,
                             BigDecimal donationsCny,
                             Integer beneficiaries) implements Resendable {
}
