package org.allianceledger.events;

/** Who resolved (办结) a problem: the assigned department, or experts brought in. */
public enum ResolvedBy {
    DEPARTMENT, EXPERTS
}
