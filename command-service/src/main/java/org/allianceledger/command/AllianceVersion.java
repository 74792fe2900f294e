package org.allianceledger.command;

import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * An alliance at a version, as a command that changed it (or, repeated, left it unchanged) answers: the version is
 * the number of events the alliance has recorded.
 */
public record AllianceVersion(String allianceId, long version) {

    /** The version now; valid inside a command handler, after it applied its events. */
    public static long current() {
        Long lastSequence = AggregateLifecycle.getVersion();
        return lastSequence == null ? 0 : lastSequence + 1;
    }

    /** The alliance at its version now; valid inside a command handler, after it applied its events. */
    public static AllianceVersion of(String allianceId) {
        return new AllianceVersion(allianceId, current());
    }
}
