package org.allianceledger.command.visits;

/** The answer to RecordVisit: the visit, and the alliance's version. */
public record VisitVersion(String allianceId, String visitId, long version) {
}
