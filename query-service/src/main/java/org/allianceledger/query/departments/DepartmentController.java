package org.allianceledger.query.departments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.query.alliances.KnownAlliances;
import org.allianceledger.query.departments.DepartmentQueries.AllianceInstructor;
import org.allianceledger.query.departments.DepartmentQueries.InstructorsAndUncovered;
import org.allianceledger.query.departments.DepartmentQueries.PartnerDepartment;
import org.allianceledger.query.departments.DepartmentQueries.UncoveredMember;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
class DepartmentController {

    private final DepartmentQueries queries;
    private final KnownAlliances alliances;

    DepartmentController(DepartmentQueries queries, KnownAlliances alliances) {
        this.queries = queries;
        this.alliances = alliances;
    }

    record PartnerDepartments(String allianceId, LocalDate asOf, int count, List<PartnerDepartment> departments) {
    }

    record AllianceInstructors(String allianceId, LocalDate asOf, int count, List<AllianceInstructor> instructors,
                               List<UncoveredMember> uncovered) {
    }

    @Operation(operationId = "listDepartments", summary = "The partner departments, now or at the end of business day asOf, with their instructors")
    @GetMapping("/api/alliances/{allianceId}/departments")
    PartnerDepartments departments(@PathVariable @Slug String allianceId,
                                   @Parameter(description = "a past business day; a department that joined on it counts, one that withdrew on it does not")
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                   @Parameter(description = "wait until the read models applied this version (up to 5 s)")
                                   @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        List<PartnerDepartment> partners = queries.partners(allianceId, asOf);
        return new PartnerDepartments(allianceId, asOf, partners.size(), partners);
    }

    @Operation(operationId = "listInstructors", summary = "The instructors, now or at the end of business day asOf: their department, the members each serves, and the members nobody serves (uncovered)")
    @GetMapping("/api/alliances/{allianceId}/instructors")
    AllianceInstructors instructors(@PathVariable @Slug String allianceId,
                                    @Parameter(description = "a past business day; a posting that began on it counts, one that ended on it does not")
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                    @Parameter(description = "wait until the read models applied this version (up to 5 s)")
                                    @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        InstructorsAndUncovered found = queries.instructorsAndUncovered(allianceId, asOf);
        return new AllianceInstructors(allianceId, asOf, found.instructors().size(), found.instructors(),
                                       found.uncovered());
    }
}
