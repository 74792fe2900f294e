package org.allianceledger.command.departments;

import org.allianceledger.events.Department;

import java.time.LocalDate;

/** A department's latest partnership: since when, and until when once it withdrew. */
record PartnerDepartment(Department department, LocalDate joinedOn, LocalDate withdrawnOn) {

    boolean isPartner() {
        return withdrawnOn == null;
    }

    /** A partner at the end of {@code day}: joined by then and not yet withdrawn (it leaves on its withdrawal day). */
    boolean isPartnerOn(LocalDate day) {
        return !joinedOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }

    PartnerDepartment withdrawn(LocalDate on) {
        return new PartnerDepartment(department, joinedOn, on);
    }
}
