package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * A partner department appointed an instructor (党建指导员), posted from {@code appointedOn} to the members named.
 *
 * @param enterprises the members the instructor serves from the start, in the order given
 */
@Revision("1")
public record InstructorAppointed(String allianceId,
                                  String instructorId,
                                  String name,
                                  String departmentId,
                                  List<String> enterprises,
                                  LocalDate appointedOn) implements AllianceEvent {

    @Override
    public LocalDate businessDate() {
        return appointedOn;
    }
}
