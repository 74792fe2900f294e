package org.allianceledger.events;

/**
 * The identifier a problem's events are stored under (decision 15): each problem is an aggregate of its own, so a
 * busy alliance does not serialise its problems behind its votes. The prefix holds a colon no slug can contain, so no
 * alliance or zone identifier ({@link ZoneStream}) can equal it; the alliance's id is part of it because problem ids
 * are the alliance's (two alliances may each have a problem p-1).
 */
public final class ProblemStream {

    private static final String PREFIX = "problem:";

    private ProblemStream() {
    }

    public static String of(String allianceId, String problemId) {
        return PREFIX + allianceId + ":" + problemId;
    }

    /** Whether events stored under this aggregate identifier are a problem's (and so not in the alliance's stream). */
    public static boolean holds(String aggregateIdentifier) {
        return aggregateIdentifier.startsWith(PREFIX);
    }
}
