package org.allianceledger.command.alliance;

/** The answer to a command that changed, or idempotently left unchanged, an alliance. */
public record Recorded(String allianceId, long version) {
}
