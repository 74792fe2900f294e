package org.allianceledger.command.problems;

import java.time.LocalDate;

/** Not resendable: two equal notes may both be meant; a client repeats one safely with an Idempotency-Key. */
public record NoteProgress(String allianceId, String problemId, String note, LocalDate notedOn)
        implements ProblemCommand {
}
