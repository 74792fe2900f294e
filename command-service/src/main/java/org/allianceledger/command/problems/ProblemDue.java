package org.allianceledger.command.problems;

import java.time.LocalDate;

/** The payload of a problem's persistent due-date deadline, which fires at the end of {@code dueOn}. */
public record ProblemDue(LocalDate dueOn) {

    public static final String DEADLINE = "problem-due";
}
