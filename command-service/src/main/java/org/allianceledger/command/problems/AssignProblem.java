package org.allianceledger.command.problems;

import org.allianceledger.command.Resendable;

import java.time.LocalDate;

public record AssignProblem(String allianceId, String problemId, String departmentId, LocalDate assignedOn,
                            LocalDate dueOn) implements ProblemCommand, Resendable {
}
