package org.allianceledger.command.problems;

import java.time.LocalDate;

/** Not resendable: a problem may be reopened again for the same reason; an Idempotency-Key makes a repeat safe. */
public record ReopenProblem(String allianceId, String problemId, String reason, LocalDate reopenedOn)
        implements ProblemCommand {
}
