package org.allianceledger.command.alliance;

import org.axonframework.modelling.command.AggregateLifecycle;

/** The alliance's version as the API shows it: the number of events it has recorded. */
public final class AllianceVersion {

    private AllianceVersion() {
    }

    /** Valid inside a command handler, after it applied its events. */
    public static long current() {
        Long lastSequence = AggregateLifecycle.getVersion();
        return lastSequence == null ? 0 : lastSequence + 1;
    }
}
