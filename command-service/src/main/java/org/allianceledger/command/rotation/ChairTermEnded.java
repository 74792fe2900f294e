package org.allianceledger.command.rotation;

import java.time.LocalDate;

/** The payload of the persistent deadline at the end of a chair's term; it names the term it ends. */
public record ChairTermEnded(LocalDate termBegan, LocalDate termEnds) {

    public static final String DEADLINE = "chair-term";
}
