package org.allianceledger.query;

/** The streaming processor all read models belong to; its settings are under axon.eventhandling.processors. */
public final class Projections {

    public static final String GROUP = "projections";

    private Projections() {
    }
}
