package org.allianceledger.command.motions;

import org.allianceledger.command.Resendable;
import org.allianceledger.events.MotionKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record FileMotion(@TargetAggregateIdentifier String allianceId,
                         String motionId,
                         MotionKind kind,
                         String subject,
                         LocalDate filedOn,
                         String statement) implements Resendable {
}
