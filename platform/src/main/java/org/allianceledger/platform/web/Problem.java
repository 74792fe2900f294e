package org.allianceledger.platform.web;

import org.springframework.http.HttpStatus;

/** The stable problem codes of the API, each with the status it is answered with. */
public enum Problem {
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST),
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED),
    FORBIDDEN(HttpStatus.FORBIDDEN),
    NOT_FOUND(HttpStatus.NOT_FOUND),
    ALLIANCE_NOT_FOUND(HttpStatus.NOT_FOUND),
    APPLICATION_NOT_FOUND(HttpStatus.NOT_FOUND),
    MEMBER_NOT_FOUND(HttpStatus.NOT_FOUND),
    ENTERPRISE_NOT_FOUND(HttpStatus.NOT_FOUND),
    ZONE_NOT_FOUND(HttpStatus.NOT_FOUND),
    DEPARTMENT_NOT_FOUND(HttpStatus.NOT_FOUND),
    INSTRUCTOR_NOT_FOUND(HttpStatus.NOT_FOUND),
    MEETING_NOT_FOUND(HttpStatus.NOT_FOUND),
    MOTION_NOT_FOUND(HttpStatus.NOT_FOUND),
    PROBLEM_NOT_FOUND(HttpStatus.NOT_FOUND),
    VISIT_NOT_FOUND(HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE),
    ALREADY_MEMBER(HttpStatus.CONFLICT),
    APPLICATION_ALREADY_OPEN(HttpStatus.CONFLICT),
    APPLICATION_CLOSED(HttpStatus.CONFLICT),
    NOT_ELIGIBLE_TO_VOTE(HttpStatus.CONFLICT),
    ALREADY_VOTED(HttpStatus.CONFLICT),
    NOT_CURRENT_CHAIR(HttpStatus.CONFLICT),
    NOT_A_MEMBER(HttpStatus.CONFLICT),
    SAME_ENTERPRISE(HttpStatus.CONFLICT),
    CHAIR_MUST_HAND_OVER_FIRST(HttpStatus.CONFLICT),
    DATE_OUT_OF_ORDER(HttpStatus.CONFLICT),
    ID_ALREADY_USED(HttpStatus.CONFLICT),
    ALREADY_IN_ZONE(HttpStatus.CONFLICT),
    DEPARTMENT_ALREADY_PARTNER(HttpStatus.CONFLICT),
    NOT_A_PARTNER_DEPARTMENT(HttpStatus.CONFLICT),
    INSTRUCTOR_QUOTA_REACHED(HttpStatus.CONFLICT),
    INSTRUCTOR_RECALLED(HttpStatus.CONFLICT),
    MEETING_CANCELLED(HttpStatus.CONFLICT),
    MEETING_ALREADY_RECORDED(HttpStatus.CONFLICT),
    NOT_AN_ATTENDEE(HttpStatus.CONFLICT),
    NOTE_REQUIRED(HttpStatus.CONFLICT),
    MEMBER_SUSPENDED(HttpStatus.CONFLICT),
    PROBLEM_NOT_ASSIGNED(HttpStatus.CONFLICT),
    PROBLEM_NOT_RESOLVED(HttpStatus.CONFLICT),
    PROBLEM_CLOSED(HttpStatus.CONFLICT),
    REBUILD_IN_PROGRESS(HttpStatus.CONFLICT),
    /** The query-service instance asked could not get every segment from the others in time; nothing changed. */
    REBUILD_NOT_HERE(HttpStatus.CONFLICT),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** Another writer kept winning the race for the same alliance; nothing was recorded, retrying is safe. */
    CONCURRENT_UPDATE(HttpStatus.SERVICE_UNAVAILABLE),
    /** The command did not get its turn on the alliance in time; nothing was recorded, retry after Retry-After. */
    SERVICE_BUSY(HttpStatus.SERVICE_UNAVAILABLE),
    /** The database is down or restarting; nothing was recorded, retrying after Retry-After is safe. */
    STORE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
    /** The connection broke while the command was committed: recorded or not, a retry with the same id or key says. */
    OUTCOME_UNKNOWN(HttpStatus.INTERNAL_SERVER_ERROR),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR);

    /** What every 503 answers in Retry-After: long enough for a restarting database or a busy alliance to come back. */
    public static final int RETRY_AFTER_SECONDS = 1;

    private final HttpStatus status;

    Problem(HttpStatus status) {
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    /**
     * The problem of an error that only has a status: one the servlet container, the firewall or a framework
     * answered before any more specific problem could be chosen.
     */
    public static Problem of(int status) {
        return switch (status) {
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status < 500 ? MALFORMED_REQUEST : INTERNAL_ERROR;
        };
    }
}
