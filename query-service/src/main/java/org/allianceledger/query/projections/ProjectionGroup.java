package org.allianceledger.query.projections;

/**
 * The processing group, and so the streaming processor, every read model belongs to: its settings are under
 * {@code axon.eventhandling.processors.projections}.
 */
public final class ProjectionGroup {

    public static final String NAME = "projections";

    private ProjectionGroup() {
    }
}
