package org.allianceledger.events;

/**
 * The identifier an enterprise's indicators are stored under, which both services must agree on: the enterprise id
 * behind a prefix no slug can contain, like {@link ZoneStream}, so its reports are no alliance's history.
 */
public final class IndicatorStream {

    private static final String PREFIX = "indicators:";

    private IndicatorStream() {
    }

    public static String of(String enterpriseId) {
        return PREFIX + enterpriseId;
    }

    /** Whether events stored under this aggregate identifier are an enterprise's indicators (and so of no alliance). */
    public static boolean holds(String aggregateIdentifier) {
        return aggregateIdentifier.startsWith(PREFIX);
    }
}
