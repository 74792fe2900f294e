package org.allianceledger.events;

import java.time.LocalDate;

/**
 * What every event of a problem says: its alliance, the problem and the business date. Not an {@link AllianceEvent}:
 * a problem's events are stored in the problem's own stream ({@link ProblemStream}), not the alliance's.
 */
public interface ProblemEvent {

    String allianceId();

    String problemId();

    /** The calendar date (China Standard Time) the fact took effect, as opposed to when it was recorded. */
    LocalDate businessDate();
}
