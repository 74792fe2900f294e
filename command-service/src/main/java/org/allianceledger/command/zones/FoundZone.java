package org.allianceledger.command.zones;

import org.allianceledger.command.Resendable;
import org.allianceledger.events.ZoneFounded;
import org.allianceledger.events.ZoneStream;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record FoundZone(String zoneId, String name, String region, String committee, LocalDate foundedOn)
        implements Resendable {

    /** The zone's stream, not its plain id: see {@link ZoneStream}. */
    @TargetAggregateIdentifier
    public String stream() {
        return ZoneStream.of(zoneId);
    }

    ZoneFounded toEvent() {
        return new ZoneFounded(zoneId, name, region, committee, foundedOn);
    }
}
