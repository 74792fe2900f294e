package org.allianceledger.query.departments;

import org.allianceledger.query.members.MemberQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Partner departments, instructors and whom they serve, now or at the end of a business day: like a membership, a
 * period counts from its first day and no longer on its last (a posting that ended on D does not serve on D).
 */
@Repository
public class DepartmentQueries {

    private final JdbcClient jdbc;

    public DepartmentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record InstructorDepartment(String id, String name) {
    }

    public record ServedMember(String id, String name, LocalDate since) {
    }

    public record AllianceInstructor(String id, String name, InstructorDepartment department, LocalDate appointedOn,
                              List<ServedMember> serves) {
    }

    public record PartnerDepartment(String id, String name, LocalDate joinedOn, List<AllianceInstructor> instructors) {
    }

    record UncoveredMember(String id, String name) {
    }

    record InstructorsAndUncovered(List<AllianceInstructor> instructors, List<UncoveredMember> uncovered) {
    }

    /** A period of {@code alias} from column {@code from} until column {@code to}, as of {@code :asOf} (null: now). */
    private static String asOf(String alias, String from, String to) {
        return """
                (CAST(:asOf AS date) IS NULL OR %1$s.%2$s <= :asOf)
                AND (%1$s.%3$s IS NULL OR (CAST(:asOf AS date) IS NOT NULL AND %1$s.%3$s > :asOf))"""
                .formatted(alias, from, to);
    }

    /** The alliance's partners now ({@code day} null) or at the end of {@code day}, each with its instructors. */
    public List<PartnerDepartment> partners(String allianceId, LocalDate day) {
        Map<String, List<AllianceInstructor>> byDepartment = new LinkedHashMap<>();
        for (AllianceInstructor instructor : instructors(allianceId, day)) {
            byDepartment.computeIfAbsent(instructor.department().id(), d -> new ArrayList<>()).add(instructor);
        }
        return jdbc.sql("""
                SELECT d.department_id, d.name, d.joined_on FROM partner_department_view d
                WHERE d.alliance_id = :alliance AND %s ORDER BY d.joined_on, d.department_id"""
                        .formatted(asOf("d", "joined_on", "withdrawn_on")))
                .param("alliance", allianceId)
                .param("asOf", day)
                .query((row, i) -> new PartnerDepartment(row.getString("department_id"), row.getString("name"),
                                               row.getObject("joined_on", LocalDate.class),
                                               byDepartment.getOrDefault(row.getString("department_id"), List.of())))
                .list();
    }

    InstructorsAndUncovered instructorsAndUncovered(String allianceId, LocalDate day) {
        List<UncoveredMember> uncovered = jdbc.sql("SELECT enterprise_id, name FROM " + MemberQueries.MEMBERS_AS_OF + """
                 AND enterprise_id NOT IN (SELECT p.enterprise_id FROM instructor_posting_view p
                                           WHERE p.alliance_id = :alliance AND %s)
                ORDER BY member_since, enterprise_id""".formatted(asOf("p", "since", "ended_on")))
                .param("alliance", allianceId)
                .param("asOf", day)
                .query((row, i) -> new UncoveredMember(row.getString("enterprise_id"), row.getString("name")))
                .list();
        return new InstructorsAndUncovered(instructors(allianceId, day), uncovered);
    }

    private List<AllianceInstructor> instructors(String allianceId, LocalDate day) {
        Map<String, List<ServedMember>> serves = new LinkedHashMap<>();
        jdbc.sql("SELECT p.instructor_id, p.enterprise_id, p.since, "
                 + MemberQueries.latestName("p.alliance_id", "p.enterprise_id") + """
                  AS name FROM instructor_posting_view p
                 WHERE p.alliance_id = :alliance AND %s ORDER BY p.since, p.enterprise_id"""
                         .formatted(asOf("p", "since", "ended_on")))
                .param("alliance", allianceId)
                .param("asOf", day)
                .query(row -> {
                    serves.computeIfAbsent(row.getString("instructor_id"), i -> new ArrayList<>())
                            .add(new ServedMember(row.getString("enterprise_id"), row.getString("name"),
                                            row.getObject("since", LocalDate.class)));
                });
        return jdbc.sql("""
                SELECT i.instructor_id, i.name, i.department_id, i.appointed_on,
                       (SELECT d.name FROM partner_department_view d
                        WHERE d.alliance_id = i.alliance_id AND d.department_id = i.department_id
                        ORDER BY d.joined_on DESC LIMIT 1) AS department_name
                FROM instructor_view i WHERE i.alliance_id = :alliance AND %s
                ORDER BY i.appointed_on, i.instructor_id""".formatted(asOf("i", "appointed_on", "recalled_on")))
                .param("alliance", allianceId)
                .param("asOf", day)
                .query((row, i) -> new AllianceInstructor(row.getString("instructor_id"), row.getString("name"),
                                                  new InstructorDepartment(row.getString("department_id"),
                                                                           row.getString("department_name")),
                                                  row.getObject("appointed_on", LocalDate.class),
                                                  serves.getOrDefault(row.getString("instructor_id"), List.of())))
                .list();
    }
}
