package org.allianceledger.events;

public enum DealKind {
    SUPPLY,
    DISTRIBUTION,
    LONG_TERM_AGREEMENT,
    LABOR_SHARING,
    TECHNICAL_SERVICE,
    OTHER
}
