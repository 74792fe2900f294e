package org.allianceledger.events;

/** What a problem raised by a member is about. */
public enum ProblemCategory {
    FINANCING, LABOUR, TECHNOLOGY, APPROVAL, MARKET, POLICY, OTHER
}
