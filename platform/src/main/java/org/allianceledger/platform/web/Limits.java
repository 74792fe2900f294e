package org.allianceledger.platform.web;

import java.time.LocalDate;

/**
 * What the command side accepts (API.md, "Limits"). The read models' columns are sized from these numbers
 * (query-service's Flyway placeholders), so whatever is acknowledged can be projected.
 */
public final class Limits {

    public static final int NAME_LENGTH = 200;
    public static final int SUBJECT_LENGTH = 500;
    public static final int TEXT_LENGTH = 4000;
    public static final int UNIT_LENGTH = 32;

    public static final String EARLIEST_DATE = "1900-01-01";
    public static final LocalDate EARLIEST = LocalDate.parse(EARLIEST_DATE);
    /** Scheduling dates (a planned meeting) may lie this many years after today; business dates never lie ahead. */
    public static final int SCHEDULING_YEARS_AHEAD = 1;

    public static final String MONEY_MAX = "1000000000000000";
    public static final int MONEY_INTEGER_DIGITS = 16;
    public static final int MONEY_SCALE = 2;

    public static final String QUANTITY_MAX = "1000000000000";
    public static final int QUANTITY_INTEGER_DIGITS = 13;
    public static final int QUANTITY_SCALE = 6;

    /** For the published documents: a single line without control characters. */
    public static final String LINE_PATTERN = "^[^\\u0000-\\u001F\\u007F]*$";
    /** For the published documents: tab, line feed and CR allowed (the server also refuses a CR not before LF). */
    public static final String TEXT_PATTERN = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$";

    private Limits() {
    }
}
