package org.allianceledger.command.departments;

/** The answer to an appointment: which instructor (the id generated when the request had none), at which version. */
public record AppointedInstructor(String allianceId, String instructorId, long version) {
}
