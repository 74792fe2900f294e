package org.allianceledger.command.zones;

import org.allianceledger.events.ZoneFounded;
import org.allianceledger.events.ZoneStream;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Whether a zone exists, and since when, read from its first event before a join waits for its alliance's turn: no
 * zone lock is taken and the read's connection is returned at once, so a join never holds a lock or a connection
 * while it waits for another. Zones are never removed, so the answer still holds when the alliance decides.
 */
@Component
public class ZoneFoundings {

    private final EventStore events;

    ZoneFoundings(EventStore events) {
        this.events = events;
    }

    public LocalDate foundedOn(String zoneId) {
        DomainEventStream stream = events.readEvents(ZoneStream.of(zoneId), 0);
        if (stream.hasNext()) {
            DomainEventMessage<?> first = stream.next();
            if (first.getPayload() instanceof ZoneFounded founded) {
                return founded.foundedOn();
            }
        }
        throw new Refused(RefusalCode.ZONE_NOT_FOUND, "No zone " + zoneId);
    }
}
