package org.allianceledger.command.deals;

/** The answer to RecordDeal: the deal and the version of its alliance that recorded it. */
public record RecordedDeal(String allianceId, String dealId, long version) {
}
