package org.allianceledger.command.problems;

/** The answer to a command on a problem: its status and its version (the number of events it has recorded). */
public record ProblemStanding(String allianceId, String problemId, ProblemStatus status, long version) {
}
