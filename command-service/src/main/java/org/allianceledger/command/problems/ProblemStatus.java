package org.allianceledger.command.problems;

/** Where a problem stands: raised, assigned (交办), resolved (办结), closed by the member's feedback. */
public enum ProblemStatus {
    OPEN, ASSIGNED, RESOLVED, CLOSED
}
