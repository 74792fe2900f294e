package org.allianceledger.command.zones;

import org.allianceledger.command.AllianceVersion;

/** A zone at a version, as founding it answers: the number of events the zone has recorded. */
public record ZoneVersion(String zoneId, long version) {

    /** Valid inside a command handler of the zone, after it applied its events. */
    static ZoneVersion of(String zoneId) {
        return new ZoneVersion(zoneId, AllianceVersion.current());
    }
}
