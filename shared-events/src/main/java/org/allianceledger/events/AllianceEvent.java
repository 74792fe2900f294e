package org.allianceledger.events;

import java.time.LocalDate;

/** What every event of an alliance says: whose it is, and the business date it is about. */
public interface AllianceEvent {

    String allianceId();

    /** The calendar date (China Standard Time) the fact took effect, as opposed to when it was recorded. */
    LocalDate businessDate();
}
