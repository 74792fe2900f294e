package org.allianceledger.query.motions;

import org.allianceledger.events.MotionApproved;
import org.allianceledger.events.MotionFiled;
import org.allianceledger.events.MotionRejected;
import org.allianceledger.events.MotionVoteCast;
import org.allianceledger.events.MotionVoterRecused;
import org.allianceledger.events.Tally;
import org.allianceledger.query.projections.ProjectionGroup;
import org.allianceledger.query.projections.ReadModelWriter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/** Motions with their votes, recusals and running tally, and the decision once the vote closed. */
@Component
@ProcessingGroup(ProjectionGroup.NAME)
class MotionProjection {

    private final JdbcClient jdbc;
    private final ReadModelWriter writer;

    MotionProjection(JdbcClient jdbc, ReadModelWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @EventHandler
    void on(MotionFiled filed, @Timestamp Instant recordedAt) {
        writer.update("""
                INSERT INTO motion (alliance_id, motion_id, kind, subject_id, filed_on, statement, status, eligible,
                    vote_window_ends_at, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)
                ON CONFLICT (alliance_id, motion_id) DO NOTHING""",
                filed.allianceId(), filed.motionId(), filed.kind().name(), filed.subject(), filed.filedOn(),
                        filed.statement(), filed.electorate().size(), java.sql.Timestamp.from(filed.voteWindowEndsAt()),
                        java.sql.Timestamp.from(recordedAt));
    }

    @EventHandler
    void on(MotionVoteCast vote, @Timestamp Instant recordedAt) {
        writer.update("""
                INSERT INTO motion_vote (alliance_id, motion_id, voter, decision, cast_on, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (alliance_id, motion_id, voter) DO NOTHING""",
                vote.allianceId(), vote.motionId(), vote.voter(), vote.decision().name(), vote.castOn(),
                        java.sql.Timestamp.from(recordedAt));
        // counted from the votes themselves, so handling an event twice cannot count it twice
        writer.update("""
                UPDATE motion m SET
                    votes_for = (SELECT count(*) FROM motion_vote v WHERE v.alliance_id = m.alliance_id
                                 AND v.motion_id = m.motion_id AND v.decision = 'FOR'),
                    votes_against = (SELECT count(*) FROM motion_vote v WHERE v.alliance_id = m.alliance_id
                                 AND v.motion_id = m.motion_id AND v.decision = 'AGAINST'),
                    votes_abstain = (SELECT count(*) FROM motion_vote v WHERE v.alliance_id = m.alliance_id
                                 AND v.motion_id = m.motion_id AND v.decision = 'ABSTAIN')
                WHERE m.alliance_id = ? AND m.motion_id = ?""",
                vote.allianceId(), vote.motionId());
    }

    @EventHandler
    void on(MotionVoterRecused recusal, @Timestamp Instant recordedAt) {
        writer.update("""
                INSERT INTO motion_recusal (alliance_id, motion_id, voter, reason, recused_on, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                recusal.allianceId(), recusal.motionId(), recusal.voter(), recusal.reason(), recusal.recusedOn(),
                        java.sql.Timestamp.from(recordedAt));
        writer.update("UPDATE motion SET eligible = ? WHERE alliance_id = ? AND motion_id = ?",
                recusal.eligible(), recusal.allianceId(), recusal.motionId());
    }

    @EventHandler
    void on(MotionApproved approved) {
        decided(approved.allianceId(), approved.motionId(), "APPROVED", approved.decidedOn(), approved.tally(),
                approved.closure().name(), null);
    }

    @EventHandler
    void on(MotionRejected rejected) {
        decided(rejected.allianceId(), rejected.motionId(), "REJECTED", rejected.decidedOn(), rejected.tally(),
                rejected.closure().name(), rejected.reason().name());
    }

    private void decided(String allianceId, String motionId, String status, LocalDate on, Tally tally, String closure,
                         String reason) {
        writer.update("""
                UPDATE motion SET status = ?, decided_on = ?, votes_for = ?, votes_against = ?, votes_abstain = ?,
                    eligible = ?, closure = ?, rejection_reason = ?
                WHERE alliance_id = ? AND motion_id = ?""",
                status, on, tally.inFavour(), tally.against(), tally.abstain(), tally.eligible(), closure, reason,
                        allianceId, motionId);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE motion_vote").update();
        jdbc.sql("TRUNCATE motion_recusal").update();
        jdbc.sql("TRUNCATE motion").update();
    }
}
