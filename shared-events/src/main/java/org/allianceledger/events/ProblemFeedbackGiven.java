package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The member rated the resolution (1 to 5), which closes the problem. */
@Revision("1")
public record ProblemFeedbackGiven(String allianceId,
                                   String problemId,
                                   int rating,
                                   String comment,
                                   LocalDate givenOn) implements ProblemEvent {

    @Override
    public LocalDate businessDate() {
        return givenOn;
    }
}
