package org.allianceledger.query.ledger;

import org.allianceledger.events.ProblemAssigned;
import org.allianceledger.events.ProblemEvent;
import org.allianceledger.events.ProblemFeedbackGiven;
import org.allianceledger.events.ProblemOverdue;
import org.allianceledger.events.ProblemProgressNoted;
import org.allianceledger.events.ProblemRaised;
import org.allianceledger.events.ProblemReopened;
import org.allianceledger.events.ProblemResolved;
import org.allianceledger.events.VisitRecorded;
import org.allianceledger.platform.messaging.LedgerMetaData;
import org.allianceledger.query.projections.ProjectionGroup;
import org.allianceledger.query.projections.ReadModelWriter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Visits and the problem ledger: each problem as it stands, with its version (the events of its own stream applied,
 * which the alliance's version does not count: decision 15), and one history step per event of its stream, keyed by
 * its sequence so that a repeat writes nothing twice. Who: the caller the event's metadata names.
 */
@Component
@ProcessingGroup(ProjectionGroup.NAME)
class LedgerProjection {

    private final JdbcClient jdbc;
    private final ReadModelWriter writer;

    LedgerProjection(JdbcClient jdbc, ReadModelWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    /** One step of a problem's history; the columns a kind does not use stay empty. */
    private record Step(String kind, String departmentId, java.time.LocalDate dueOn, String note, String result,
                        String resolvedBy, Integer rating, String comment, String reason) {

        static Step of(String kind) {
            return new Step(kind, null, null, null, null, null, null, null, null);
        }
    }

    @EventHandler
    void on(VisitRecorded visit, @Timestamp Instant recordedAt,
            @MetaDataValue(LedgerMetaData.SUBMITTED_BY) String submittedBy) {
        writer.update("""
                INSERT INTO visit (alliance_id, visit_id, instructor_id, department_id, enterprise_id, visited_on, notes,
                    submitted_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (alliance_id, visit_id) DO NOTHING""",
                visit.allianceId(), visit.visitId(), visit.visitor().instructorId(), visit.visitor().departmentId(),
                visit.enterprise(), visit.visitedOn(), visit.notes(), submittedBy, java.sql.Timestamp.from(recordedAt));
    }

    @EventHandler
    void on(ProblemRaised raised, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(LedgerMetaData.SUBMITTED_BY) String submittedBy) {
        writer.update("""
                INSERT INTO problem (alliance_id, problem_id, raised_by, raised_on, category, title, description,
                    chain_wide, visit_id, status, version, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)
                ON CONFLICT (alliance_id, problem_id) DO NOTHING""",
                raised.allianceId(), raised.problemId(), raised.raisedBy(), raised.raisedOn(), raised.category().name(),
                raised.title(), raised.description(), raised.chainWide(), raised.visitId(), sequence + 1,
                java.sql.Timestamp.from(recordedAt));
        step(raised, sequence, recordedAt, submittedBy, Step.of("RAISED"));
    }

    @EventHandler
    void on(ProblemAssigned assigned, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(LedgerMetaData.SUBMITTED_BY) String submittedBy) {
        writer.update("""
                UPDATE problem SET status = 'ASSIGNED', department_id = ?, assigned_on = ?, due_on = ?, overdue = false,
                    version = GREATEST(version, ?)
                WHERE alliance_id = ? AND problem_id = ?""",
                assigned.departmentId(), assigned.assignedOn(), assigned.dueOn(), sequence + 1,
                assigned.allianceId(), assigned.problemId());
        step(assigned, sequence, recordedAt, submittedBy,
             new Step("ASSIGNED", assigned.departmentId(), assigned.dueOn(), null, null, null, null, null, null));
    }

    @EventHandler
    void on(ProblemProgressNoted noted, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(LedgerMetaData.SUBMITTED_BY) String submittedBy) {
        version(noted, sequence);
        step(noted, sequence, recordedAt, submittedBy,
             new Step("PROGRESS", null, null, noted.note(), null, null, null, null, null));
    }

    @EventHandler
    void on(ProblemResolved resolved, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(LedgerMetaData.SUBMITTED_BY) String submittedBy) {
        writer.update("""
                UPDATE problem SET status = 'RESOLVED', resolved_on = ?, resolved_by = ?, result = ?, overdue = false,
                    version = GREATEST(version, ?)
                WHERE alliance_id = ? AND problem_id = ?""",
                resolved.resolvedOn(), resolved.resolvedBy().name(), resolved.result(), sequence + 1,
                resolved.allianceId(), resolved.problemId());
        step(resolved, sequence, recordedAt, submittedBy,
             new Step("RESOLVED", null, null, null, resolved.result(), resolved.resolvedBy().name(), null, null, null));
    }

    @EventHandler
    void on(ProblemFeedbackGiven given, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(LedgerMetaData.SUBMITTED_BY) String submittedBy) {
        writer.update("""
                UPDATE problem SET status = 'CLOSED', rating = ?, closed_on = ?, version = GREATEST(version, ?)
                WHERE alliance_id = ? AND problem_id = ?""",
                given.rating(), given.givenOn(), sequence + 1, given.allianceId(), given.problemId());
        step(given, sequence, recordedAt, submittedBy,
             new Step("FEEDBACK", null, null, null, null, null, given.rating(), given.comment(), null));
    }

    /** ASSIGNED again to its last department and due date; the resolution and rating it had are history now. */
    @EventHandler
    void on(ProblemReopened reopened, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(LedgerMetaData.SUBMITTED_BY) String submittedBy) {
        writer.update("""
                UPDATE problem SET status = 'ASSIGNED', resolved_on = NULL, resolved_by = NULL, result = NULL,
                    rating = NULL, closed_on = NULL, version = GREATEST(version, ?)
                WHERE alliance_id = ? AND problem_id = ?""",
                sequence + 1, reopened.allianceId(), reopened.problemId());
        step(reopened, sequence, recordedAt, submittedBy,
             new Step("REOPENED", null, null, null, null, null, null, null, reopened.reason()));
    }

    @EventHandler
    void on(ProblemOverdue overdue, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue(LedgerMetaData.SUBMITTED_BY) String submittedBy) {
        writer.update("""
                UPDATE problem SET overdue = true, version = GREATEST(version, ?)
                WHERE alliance_id = ? AND problem_id = ?""",
                sequence + 1, overdue.allianceId(), overdue.problemId());
        step(overdue, sequence, recordedAt, submittedBy,
             new Step("OVERDUE", null, overdue.dueOn(), null, null, null, null, null, null));
    }

    private void version(ProblemEvent event, long sequence) {
        writer.update("UPDATE problem SET version = GREATEST(version, ?) WHERE alliance_id = ? AND problem_id = ?",
                      sequence + 1, event.allianceId(), event.problemId());
    }

    private void step(ProblemEvent event, long sequence, Instant recordedAt, String submittedBy, Step step) {
        writer.update("""
                INSERT INTO problem_step (alliance_id, problem_id, sequence_no, kind, on_day, submitted_by, recorded_at,
                    department_id, due_on, note, result, resolved_by, rating, comment, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (alliance_id, problem_id, sequence_no) DO NOTHING""",
                event.allianceId(), event.problemId(), sequence, step.kind(), event.businessDate(), submittedBy,
                java.sql.Timestamp.from(recordedAt), step.departmentId(), step.dueOn(), step.note(), step.result(),
                step.resolvedBy(), step.rating(), step.comment(), step.reason());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE visit").update();
        jdbc.sql("TRUNCATE problem").update();
        jdbc.sql("TRUNCATE problem_step").update();
    }
}
