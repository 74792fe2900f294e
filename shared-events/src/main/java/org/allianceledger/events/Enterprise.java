package org.allianceledger.events;

/** An enterprise as it presents itself: its Unified Social Credit Code, its name and its industry. */
public record Enterprise(String id, String name, String industry) {
}
