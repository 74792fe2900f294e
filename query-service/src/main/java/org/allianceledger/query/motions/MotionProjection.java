package org.allianceledger.query.motions;

import org.allianceledger.events.MotionApproved;
import org.allianceledger.events.MotionFiled;
import org.allianceledger.events.MotionRejected;
import org.allianceledger.events.MotionVoteCast;
import org.allianceledger.events.MotionVoterRecused;
import org.allianceledger.query.ballots.BallotWrites;
import org.allianceledger.query.projections.ProjectionGroup;
import org.allianceledger.query.projections.ReadModelWriter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Motions with their votes, recusals and running tally, and the decision once the vote closed ({@link BallotWrites}). */
@Component
@ProcessingGroup(ProjectionGroup.NAME)
class MotionProjection {

    private final JdbcClient jdbc;
    private final ReadModelWriter writer;
    private final BallotWrites ballots;

    MotionProjection(JdbcClient jdbc, ReadModelWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.ballots = new BallotWrites(writer, "motion");
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
        ballots.vote(vote.allianceId(), vote.motionId(), vote.voter(), vote.decision(), vote.castOn(), recordedAt);
    }

    @EventHandler
    void on(MotionVoterRecused recusal, @Timestamp Instant recordedAt) {
        ballots.recusal(recusal.allianceId(), recusal.motionId(), recusal.voter(), recusal.reason(),
                        recusal.recusedOn(), recusal.eligible(), recordedAt);
    }

    @EventHandler
    void on(MotionApproved approved) {
        ballots.approved(approved.allianceId(), approved.motionId(), approved.decidedOn(), approved.tally(),
                         approved.closure());
    }

    @EventHandler
    void on(MotionRejected rejected) {
        ballots.rejected(rejected.allianceId(), rejected.motionId(), rejected.decidedOn(), rejected.tally(),
                         rejected.closure(), rejected.reason());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE motion_vote").update();
        jdbc.sql("TRUNCATE motion_recusal").update();
        jdbc.sql("TRUNCATE motion").update();
    }
}
