package org.allianceledger.query.departments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.query.alliances.KnownAlliances;
import org.allianceledger.query.departments.DepartmentQueries.Instructor;
import org.allianceledger.query.departments.DepartmentQueries.Instructors;
import org.allianceledger.query.departments.DepartmentQueries.Partner;
import org.allianceledger.query.departments.DepartmentQueries.Uncovered;
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

    record Departments(String allianceId, LocalDate asOf, int count, List<Partner> departments) {
    }

    record InstructorList(String allianceId, LocalDate asOf, int count, List<Instructor> instructors,
                          List<Uncovered> uncovered) {
    }

    @Operation(operationId = "listDepartments", summary = "The partner departments, now or at the end of business day asOf, with their instructors")
    @GetMapping("/api/alliances/{allianceId}/departments")
    Departments departments(@PathVariable @Slug String allianceId,
                            @Parameter(description = "a past business day; a department that joined on it counts, one that withdrew on it does not")
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                            @Parameter(description = "wait until the read models applied this version (up to 5 s)")
                            @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        List<Partner> partners = queries.partners(allianceId, asOf);
        return new Departments(allianceId, asOf, partners.size(), partners);
    }

    @Operation(operationId = "listInstructors", summary = "The instructors, now or at the end of business day asOf: their department, the members each serves, and the members nobody serves (uncovered)")
    @GetMapping("/api/alliances/{allianceId}/instructors")
    InstructorList instructors(@PathVariable @Slug String allianceId,
                               @Parameter(description = "a past business day; a posting that began on it counts, one that ended on it does not")
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                               @Parameter(description = "wait until the read models applied this version (up to 5 s)")
                               @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        Instructors found = queries.instructorsAndUncovered(allianceId, asOf);
        return new InstructorList(allianceId, asOf, found.instructors().size(), found.instructors(), found.uncovered());
    }
}
