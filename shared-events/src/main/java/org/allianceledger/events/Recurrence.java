package org.allianceledger.events;

public enum Recurrence {
    ONCE,
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    YEARLY
}
