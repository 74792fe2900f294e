package org.allianceledger.command.zones;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.allianceledger.command.AllianceVersion;
import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.AllianceJoinedZone;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.Objects;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The zone an alliance joined, if any, and the rules of joining one, decided in the alliance under its lock
 * (decision 14): an alliance is in at most one zone.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class ZoneAdmission {

    private LocalDate allianceFoundedOn;
    private AllianceJoinedZone zone;

    /**
     * Records nothing for a repeat (the same zone on the same day); refused when the alliance is in a zone already,
     * or the day comes before the zone's or the alliance's founding.
     */
    @CommandHandler
    public ZoneMembership handle(JoinZone command) {
        if (zone != null) {
            if (zone.zoneId().equals(command.zoneId()) && zone.joinedOn().equals(command.joinedOn())) {
                return new ZoneMembership(command.allianceId(), command.zoneId(), AllianceVersion.current());
            }
            throw new Refused(RefusalCode.ALREADY_IN_ZONE, command.allianceId() + " joined zone " + zone.zoneId()
                                                           + " on " + zone.joinedOn());
        }
        if (command.joinedOn().isBefore(command.zoneFoundedOn())) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, "Joined before the zone was founded on " + command.zoneFoundedOn());
        }
        if (command.joinedOn().isBefore(allianceFoundedOn)) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, "Joined before the alliance was founded on " + allianceFoundedOn);
        }
        apply(new AllianceJoinedZone(command.allianceId(), command.zoneId(), command.joinedOn()));
        return new ZoneMembership(command.allianceId(), command.zoneId(), AllianceVersion.current());
    }

    @EventSourcingHandler
    void on(AllianceFounded founded) {
        allianceFoundedOn = founded.foundedOn();
    }

    @EventSourcingHandler
    void on(AllianceJoinedZone joined) {
        zone = joined;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ZoneAdmission that && Objects.equals(allianceFoundedOn, that.allianceFoundedOn)
                && Objects.equals(zone, that.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allianceFoundedOn, zone);
    }
}
