package org.allianceledger.command.departments;

import org.allianceledger.command.Resendable;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record AppointInstructor(@TargetAggregateIdentifier String allianceId,
                                String instructorId,
                                String name,
                                String departmentId,
                                List<String> enterprises,
                                LocalDate appointedOn) implements Resendable {
}
