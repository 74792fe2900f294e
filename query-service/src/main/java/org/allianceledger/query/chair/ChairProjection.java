package org.allianceledger.query.chair;

import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.events.RotationOverdue;
import org.allianceledger.query.projections.ProjectionGroup;
import org.allianceledger.query.projections.ReadModelWriter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The chair's terms: who held the rotation from when to when, and whether a term ran over. */
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
    }
}
