package org.allianceledger.query.departments;

import org.allianceledger.events.DepartmentJoined;
import org.allianceledger.events.DepartmentWithdrew;
import org.allianceledger.events.InstructorAppointed;
import org.allianceledger.events.InstructorPosted;
import org.allianceledger.events.InstructorRecalled;
import org.allianceledger.events.PostingEnded;
import org.allianceledger.query.projections.ProjectionGroup;
import org.allianceledger.query.projections.ReadModelWriter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Partnerships, instructors and postings as periods of business dates. The command side records each ending as its
 * own event (a recall, a department's withdrawal, a member leaving), so nothing here derives one end from another.
 */
@Component
@ProcessingGroup(ProjectionGroup.NAME)
class DepartmentProjection {

    private final JdbcClient jdbc;
    private final ReadModelWriter writer;

    DepartmentProjection(JdbcClient jdbc, ReadModelWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @EventHandler
    void on(DepartmentJoined joined) {
        writer.update("""
                INSERT INTO partner_department (alliance_id, department_id, name, joined_on) VALUES (?, ?, ?, ?)
                ON CONFLICT (alliance_id, department_id, joined_on) DO UPDATE SET name = EXCLUDED.name, withdrawn_on = NULL""",
                joined.allianceId(), joined.department().id(), joined.department().name(), joined.joinedOn());
    }

    @EventHandler
    void on(DepartmentWithdrew withdrew) {
        writer.update("""
                UPDATE partner_department SET withdrawn_on = ?
                WHERE alliance_id = ? AND department_id = ? AND withdrawn_on IS NULL""",
                withdrew.effectiveOn(), withdrew.allianceId(), withdrew.departmentId());
    }

    @EventHandler
    void on(InstructorAppointed appointed) {
        writer.update("""
                INSERT INTO instructor (alliance_id, instructor_id, name, department_id, appointed_on) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (alliance_id, instructor_id) DO NOTHING""",
                appointed.allianceId(), appointed.instructorId(), appointed.name(), appointed.departmentId(),
                appointed.appointedOn());
        appointed.enterprises().forEach(enterprise ->
                post(appointed.allianceId(), appointed.instructorId(), enterprise, appointed.appointedOn()));
    }

    @EventHandler
    void on(InstructorPosted posted) {
        post(posted.allianceId(), posted.instructorId(), posted.enterprise(), posted.effectiveOn());
    }

    @EventHandler
    void on(PostingEnded ended) {
        writer.update("""
                UPDATE instructor_posting SET ended_on = ?, end_reason = ?
                WHERE alliance_id = ? AND instructor_id = ? AND enterprise_id = ? AND ended_on IS NULL""",
                ended.effectiveOn(), ended.reason().name(), ended.allianceId(), ended.instructorId(), ended.enterprise());
    }

    @EventHandler
    void on(InstructorRecalled recalled) {
        writer.update("UPDATE instructor SET recalled_on = ? WHERE alliance_id = ? AND instructor_id = ?",
                recalled.effectiveOn(), recalled.allianceId(), recalled.instructorId());
    }

    private void post(String allianceId, String instructorId, String enterprise, LocalDate since) {
        writer.update("""
                INSERT INTO instructor_posting (alliance_id, instructor_id, enterprise_id, since) VALUES (?, ?, ?, ?)
                ON CONFLICT (alliance_id, instructor_id, enterprise_id, since) DO UPDATE SET ended_on = NULL, end_reason = NULL""",
                allianceId, instructorId, enterprise, since);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE partner_department, instructor, instructor_posting").update();
    }
}
