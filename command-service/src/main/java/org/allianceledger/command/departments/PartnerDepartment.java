package org.allianceledger.command.departments;

import org.allianceledger.events.Department;

import java.time.LocalDate;

/** A department's latest partnership: since when, and until when once it withdrew. */
record PartnerDepartment(Department department, LocalDate joinedOn, LocalDate withdrawnOn) {

    boolean isPartner() {
        return withdrawnOn == null;
    }

    PartnerDepartment withdrawn(LocalDate on) {
        return new PartnerDepartment(department, joinedOn, on);
    }
}
