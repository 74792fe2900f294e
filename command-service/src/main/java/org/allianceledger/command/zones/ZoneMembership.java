package org.allianceledger.command.zones;

/** The answer to JoinZone: the alliance, its zone, and the alliance's version. */
public record ZoneMembership(String allianceId, String zoneId, long version) {
}
