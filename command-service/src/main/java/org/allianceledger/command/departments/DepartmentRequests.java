package org.allianceledger.command.departments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.allianceledger.events.Department;
import org.allianceledger.platform.web.BusinessDate;
import org.allianceledger.platform.web.DepartmentCode;
import org.allianceledger.platform.web.EnterpriseCode;
import org.allianceledger.platform.web.Limits;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.platform.web.Text;

import java.time.LocalDate;
import java.util.List;

/** The bodies of the department and instructor commands, as the API defines them. */
final class DepartmentRequests {

    private DepartmentRequests() {
    }

    record DepartmentRequest(@NotNull @DepartmentCode String id,
                             @NotNull @Text(max = Limits.NAME_LENGTH) String name) {

        Department toDepartment() {
            return new Department(id, name);
        }
    }

    record PartnerJoining(@NotNull @Valid DepartmentRequest department,
                @BusinessDate LocalDate joinedOn) {
    }

    record InstructorAppointment(@Slug String instructorId,
                   @NotNull @Text(max = Limits.NAME_LENGTH) String name,
                   @NotNull @DepartmentCode String department,
                   @NotNull @Size(min = 1) List<@NotNull @EnterpriseCode String> enterprises,
                   @BusinessDate LocalDate appointedOn) {
    }

    record InstructorPosting(@NotNull @EnterpriseCode String enterprise,
                @BusinessDate LocalDate effectiveOn) {
    }

    /** A withdrawal, a posting's end or a recall: effective today when no day is given. */
    record PartnershipEnd(@BusinessDate LocalDate effectiveOn) {
    }
}
