package org.allianceledger.command.meetings;

import org.allianceledger.command.Resendable;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record ScheduleMeeting(@TargetAggregateIdentifier String allianceId,
                              String meetingId,
                              String title,
                              LocalDate scheduledOn,
                              List<String> agenda) implements Resendable {

    public ScheduleMeeting {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
    }
}
