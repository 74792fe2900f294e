package org.allianceledger.command.departments;

import org.allianceledger.events.Department;
import org.allianceledger.events.DepartmentJoined;
import org.allianceledger.events.InstructorAppointed;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.Yanzhou.FOUNDED_ON;

/** The departments capability's test data, from the Yanzhou demo (synthetic, checksum-valid organ codes). */
public final class DepartmentFixtures {

    public static final Department MARKET = new Department("11370812YKY0WCH4RR", "兖州区市场监督管理局");
    public static final Department MANUFACTURING = new Department("113708126WF9BMNNJW", "兖州区制造强市指挥部");
    public static final LocalDate APPOINTED_ON = LocalDate.of(2022, 5, 1);

    private DepartmentFixtures() {
    }

    public static DepartmentJoined joined(Department department) {
        return new DepartmentJoined(ALLIANCE, department, FOUNDED_ON);
    }

    public static InstructorAppointed appointed(String instructorId, Department department, String... enterprises) {
        return new InstructorAppointed(ALLIANCE, instructorId, "指导员 " + instructorId, department.id(),
                                       List.of(enterprises), APPOINTED_ON);
    }

    public static AppointInstructor appoint(String instructorId, Department department, String... enterprises) {
        return new AppointInstructor(ALLIANCE, instructorId, "指导员 " + instructorId, department.id(),
                                     List.of(enterprises), APPOINTED_ON);
    }

    /** The API's body for a department joining on the founding day. */
    public static Map<String, Object> joinBody(Department department) {
        return Map.of("department", Map.of("id", department.id(), "name", department.name()),
                      "joinedOn", FOUNDED_ON.toString());
    }

    /** The API's body for an appointment on 2022-05-01; no instructor id when null. */
    public static Map<String, Object> appointBody(String instructorId, Department department, String... enterprises) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "张迁", "department", department.id(),
                                                        "enterprises", List.of(enterprises),
                                                        "appointedOn", APPOINTED_ON.toString()));
        if (instructorId != null) {
            body.put("instructorId", instructorId);
        }
        return body;
    }
}
