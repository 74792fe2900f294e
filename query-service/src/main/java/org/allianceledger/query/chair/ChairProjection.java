package org.allianceledger.query.chair;

import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.HandoverDeviatedFromPlan;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MemberExpelled;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.events.RotationOverdue;
import org.allianceledger.events.RotationPlanSwapped;
import org.allianceledger.events.RotationPlanned;
import org.allianceledger.query.projections.ProjectionGroup;
import org.allianceledger.query.projections.ReadModelWriter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The chair's terms: who held the rotation from when to when, whether a term ran over and whether its handover
 * deviated from the plan; and the plan, which loses members who leave and gains new ones at its end, as the
 * alliance's does.
 */
@Component
@ProcessingGroup(ProjectionGroup.NAME)
class ChairProjection {

    private final JdbcClient jdbc;
    private final ReadModelWriter writer;

    ChairProjection(JdbcClient jdbc, ReadModelWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @EventHandler
    void on(AllianceFounded founded, @SequenceNumber long sequence) {
        insert(founded.allianceId(), sequence, founded.initialChair(),
               founded.foundedOn(), founded.charter().termEnds(founded.foundedOn()), null, null);
    }

    @EventHandler
    void on(RotationHandedOver handedOver, @SequenceNumber long sequence) {
        writer.update("UPDATE chair_term SET ended_on = ? WHERE alliance_id = ? AND ended_on IS NULL AND term_no < ?",
                handedOver.effectiveOn(), handedOver.allianceId(), sequence);
        insert(handedOver.allianceId(), sequence, handedOver.to(), handedOver.effectiveOn(), handedOver.termEnds(),
               handedOver.from(), handedOver.note());
    }

    @EventHandler
    void on(RotationOverdue overdue) {
        writer.update("UPDATE chair_term SET overdue = true WHERE alliance_id = ? AND chair = ? AND since = ? AND ended_on IS NULL",
                overdue.allianceId(), overdue.chair(), overdue.termBegan());
    }

    @EventHandler
    void on(HandoverDeviatedFromPlan deviated) {
        writer.update("""
                UPDATE chair_term SET deviates_from_plan = true
                WHERE alliance_id = ? AND chair = ? AND since = ? AND ended_on IS NULL""",
                deviated.allianceId(), deviated.to(), deviated.effectiveOn());
    }

    @EventHandler
    void on(RotationPlanned planned) {
        plan(planned.allianceId(), planned.order(), planned.note(), planned.plannedOn());
    }

    @EventHandler
    void on(RotationPlanSwapped swapped) {
        plan(swapped.allianceId(), swapped.order(), swapped.note(), swapped.swappedOn());
    }

    /** Appended only to a plan there is, once, as in the alliance. */
    @EventHandler
    void on(MemberAdmitted admitted) {
        writer.update("""
                UPDATE rotation_plan SET members = array_append(members, CAST(? AS varchar(18)))
                WHERE alliance_id = ? AND cardinality(members) > 0 AND NOT (CAST(? AS varchar(18)) = ANY (members))""",
                admitted.member().id(), admitted.allianceId(), admitted.member().id());
    }

    @EventHandler
    void on(MemberWithdrew withdrew) {
        dropFromPlan(withdrew.allianceId(), withdrew.member());
    }

    @EventHandler
    void on(MemberExpelled expelled) {
        dropFromPlan(expelled.allianceId(), expelled.member());
    }

    private void dropFromPlan(String allianceId, String member) {
        writer.update("UPDATE rotation_plan SET members = array_remove(members, CAST(? AS varchar(18))) WHERE alliance_id = ?",
                member, allianceId);
    }

    private void plan(String allianceId, java.util.List<String> order, String note, java.time.LocalDate on) {
        writer.update("""
                INSERT INTO rotation_plan (alliance_id, members, note, planned_on) VALUES (?, CAST(? AS varchar(18)[]), ?, ?)
                ON CONFLICT (alliance_id) DO UPDATE SET members = excluded.members, note = excluded.note,
                    planned_on = excluded.planned_on""",
                allianceId, "{" + String.join(",", order) + "}", note, on);
    }

    private void insert(String allianceId, long termNo, String chair, java.time.LocalDate since,
                        java.time.LocalDate termEnds, String from, String note) {
        writer.update("""
                INSERT INTO chair_term (alliance_id, term_no, chair, since, term_ends, handed_from, note)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                allianceId, termNo, chair, since, termEnds, from, note);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE chair_term").update();
        jdbc.sql("TRUNCATE rotation_plan").update();
    }
}
