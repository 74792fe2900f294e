package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A development zone's working committee began to read across its alliances ("1+5+N"). The zone is its own
 * aggregate, not an alliance's event: its stream in the event store is named apart from the alliances' (decision 14).
 */
@Revision("1")
public record ZoneFounded(String zoneId,
                          String name,
                          String region,
                          String committee,
                          LocalDate foundedOn) {
}
