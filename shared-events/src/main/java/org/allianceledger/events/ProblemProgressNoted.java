package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A note on the progress made on a problem. */
@Revision("1")
public record ProblemProgressNoted(String allianceId,
                                   String problemId,
                                   String note,
                                   LocalDate notedOn) implements ProblemEvent {

    @Override
    public LocalDate businessDate() {
        return notedOn;
    }
}
