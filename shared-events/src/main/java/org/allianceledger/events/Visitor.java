package org.allianceledger.events;

/** Who paid a visit: an instructor of the alliance or a partner department, exactly one of the two. */
public record Visitor(String instructorId, String departmentId) {
}
