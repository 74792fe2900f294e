package org.allianceledger.events;

import java.util.List;

/** Who attended a joint meeting or took part in an activity: member enterprises and partner departments, by their credit codes. */
public record Attendees(List<String> members, List<String> departments) {

    public Attendees {
        members = members == null ? List.of() : List.copyOf(members);
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}
