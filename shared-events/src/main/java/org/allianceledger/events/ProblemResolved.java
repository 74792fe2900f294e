package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The problem was resolved (办结), by its department or by experts; it clears an overdue. */
@Revision("1")
public record ProblemResolved(String allianceId,
                              String problemId,
                              String result,
                              LocalDate resolvedOn,
                              ResolvedBy resolvedBy) implements ProblemEvent {

    @Override
    public LocalDate businessDate() {
        return resolvedOn;
    }
}
