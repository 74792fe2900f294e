package org.allianceledger.platform.domain;

/** Why the domain refused a command; each name is the stable problem code clients see. */
public enum RefusalCode {
    /** An id reused with another body, or an Idempotency-Key reused for another request body. */
    ID_ALREADY_USED,
    /** A founding the charter cannot stand on: fewer than two distinct founders, or a chair who is none of them. */
    VALIDATION_FAILED,
    APPLICATION_NOT_FOUND,
    MEMBER_NOT_FOUND,
    ALREADY_MEMBER,
    APPLICATION_ALREADY_OPEN,
    APPLICATION_CLOSED,
    NOT_ELIGIBLE_TO_VOTE,
    ALREADY_VOTED,
    NOT_CURRENT_CHAIR,
    NOT_A_MEMBER,
    SAME_ENTERPRISE,
    CHAIR_MUST_HAND_OVER_FIRST,
    /** A business date before the fact it depends on. */
    DATE_OUT_OF_ORDER,
    ZONE_NOT_FOUND,
    ALREADY_IN_ZONE,
    DEPARTMENT_NOT_FOUND,
    INSTRUCTOR_NOT_FOUND,
    DEPARTMENT_ALREADY_PARTNER,
    NOT_A_PARTNER_DEPARTMENT,
    INSTRUCTOR_QUOTA_REACHED,
    INSTRUCTOR_RECALLED,
    MEETING_NOT_FOUND,
    MEETING_CANCELLED,
    MEETING_ALREADY_RECORDED,
    NOT_AN_ATTENDEE,
    /** A handover to another member than the rotation plan's next, without a note saying why. */
    NOTE_REQUIRED,
    MOTION_NOT_FOUND,
    MEMBER_SUSPENDED,
    PROBLEM_NOT_FOUND,
    VISIT_NOT_FOUND,
    /** Resolving a problem that was never assigned. */
    PROBLEM_NOT_ASSIGNED,
    /** Feedback on, or reopening of, a problem not resolved. */
    PROBLEM_NOT_RESOLVED,
    /** Anything but a reopening after a problem was resolved or closed. */
    PROBLEM_CLOSED
}
