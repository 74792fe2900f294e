package org.allianceledger.events;

/** What ended a posting: an operator, the instructor's recall, the member leaving, or the department withdrawing. */
public enum PostingEndReason {
    ENDED,
    RECALLED,
    MEMBER_LEFT,
    DEPARTMENT_WITHDREW
}
