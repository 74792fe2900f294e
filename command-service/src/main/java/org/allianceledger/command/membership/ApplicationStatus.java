package org.allianceledger.command.membership;

public enum ApplicationStatus {
    OPEN,
    APPROVED,
    REJECTED,
    WITHDRAWN
}
