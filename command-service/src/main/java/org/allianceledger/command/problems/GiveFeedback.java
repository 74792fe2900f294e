package org.allianceledger.command.problems;

import org.allianceledger.command.Resendable;

import java.time.LocalDate;

public record GiveFeedback(String allianceId, String problemId, int rating, String comment, LocalDate givenOn)
        implements ProblemCommand, Resendable {
}
