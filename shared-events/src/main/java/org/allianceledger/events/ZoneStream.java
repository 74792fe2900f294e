package org.allianceledger.events;

/**
 * The identifier a zone's events are stored under, which both services must agree on. Aggregate identifiers share
 * one space in the event store, so a zone's is its id behind a prefix no slug can contain: a zone may then share
 * its slug with an alliance (decision 14), and the API's zoneId stays plain.
 */
public final class ZoneStream {

    private static final String PREFIX = "zone:";

    private ZoneStream() {
    }

    public static String of(String zoneId) {
        return PREFIX + zoneId;
    }

    /** Whether events stored under this aggregate identifier are a zone's (and so of no alliance). */
    public static boolean holds(String aggregateIdentifier) {
        return aggregateIdentifier.startsWith(PREFIX);
    }
}
