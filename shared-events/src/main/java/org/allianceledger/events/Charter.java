package org.allianceledger.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The alliance's written rules.
 *
 * @param quorum                   share of the electorate (0..1) that must have voted, abstentions included
 * @param instructorsPerDepartment how many current instructors one partner department may appoint
 * @param meetingEveryMonths       the joint meetings' cadence: at most this many months from one to the next
 */
public record Charter(VotingRule votingRule, BigDecimal quorum, int chairTermMonths, int voteWindowDays,
                      Integer instructorsPerDepartment, Integer meetingEveryMonths) {

    /** Both, as the reports run alliances: two instructors per department, a joint meeting every two months (双月). */
    public static final int DEFAULT_INSTRUCTORS_PER_DEPARTMENT = 2;
    public static final int DEFAULT_MEETING_EVERY_MONTHS = 2;

    /** Events of alliances founded before a field existed lack it: they read as the default. */
    public Charter {
        instructorsPerDepartment = instructorsPerDepartment == null ? DEFAULT_INSTRUCTORS_PER_DEPARTMENT
                                                                    : instructorsPerDepartment;
        meetingEveryMonths = meetingEveryMonths == null ? DEFAULT_MEETING_EVERY_MONTHS : meetingEveryMonths;
    }

    /** A chair's term runs {@code chairTermMonths} calendar months from its first day. */
    public LocalDate termEnds(LocalDate began) {
        return termEnds(began, chairTermMonths);
    }

    public static LocalDate termEnds(LocalDate began, int chairTermMonths) {
        return began.plusMonths(chairTermMonths);
    }
}
