package org.allianceledger.events;

/** What a motion asks the members to decide. */
public enum MotionKind {
    EXPULSION
}
