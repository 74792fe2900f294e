package org.allianceledger.command.problems;

import org.allianceledger.command.Resendable;
import org.allianceledger.events.ResolvedBy;

import java.time.LocalDate;

public record ResolveProblem(String allianceId, String problemId, String result, LocalDate resolvedOn,
                             ResolvedBy resolvedBy) implements ProblemCommand, Resendable {
}
