package org.allianceledger.command.motions;

public enum MotionStatus {
    OPEN,
    APPROVED,
    REJECTED
}
