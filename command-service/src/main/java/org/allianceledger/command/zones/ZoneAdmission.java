package org.allianceledger.command.zones;

import org.allianceledger.events.AllianceJoinedZone;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;

import java.time.LocalDate;
import java.util.Optional;

/** The rules of an alliance joining a zone, decided in the alliance under its lock. */
public final class ZoneAdmission {

    private ZoneAdmission() {
    }

    /**
     * What joining records: nothing for a repeat (the same zone on the same day); refused when the alliance is in a
     * zone already, or the day comes before the zone's or the alliance's founding.
     */
    public static Optional<AllianceJoinedZone> decide(AllianceJoinedZone current, JoinZone command,
                                                      LocalDate allianceFoundedOn) {
        if (current != null) {
            if (current.zoneId().equals(command.zoneId()) && current.joinedOn().equals(command.joinedOn())) {
                return Optional.empty();
            }
            throw new Refused(RefusalCode.ALREADY_IN_ZONE, command.allianceId() + " joined zone " + current.zoneId()
                                                           + " on " + current.joinedOn());
        }
        if (command.joinedOn().isBefore(command.zoneFoundedOn())) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, "Joined before the zone was founded on " + command.zoneFoundedOn());
        }
        if (command.joinedOn().isBefore(allianceFoundedOn)) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, "Joined before the alliance was founded on " + allianceFoundedOn);
        }
        return Optional.of(new AllianceJoinedZone(command.allianceId(), command.zoneId(), command.joinedOn()));
    }
}
