package org.allianceledger.events;

/** A government department as it presents itself: its Unified Social Credit Code (an organ's, prefix 11) and name. */
public record Department(String id, String name) {
}
