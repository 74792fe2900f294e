package org.allianceledger.query.applications;

import org.allianceledger.events.ApplicationApproved;
import org.allianceledger.events.ApplicationRejected;
import org.allianceledger.events.ApplicationWithdrawn;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.events.VoteCast;
import org.allianceledger.events.VoterRecused;
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

/** Applications with their votes and running tally, and the decision once the vote closed ({@link BallotWrites}). */
@Component
@ProcessingGroup(ProjectionGroup.NAME)
class ApplicationProjection {

    private final JdbcClient jdbc;
    private final ReadModelWriter writer;
    private final BallotWrites ballots;

    ApplicationProjection(JdbcClient jdbc, ReadModelWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.ballots = new BallotWrites(writer, "application");
    }

    @EventHandler
    void on(MembershipApplied applied, @Timestamp Instant recordedAt) {
        writer.update("""
                INSERT INTO application (alliance_id, application_id, applicant_id, applicant_name,
                    applicant_industry, filed_on, statement, status, eligible, vote_window_ends_at, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)
                ON CONFLICT (alliance_id, application_id) DO NOTHING""",
                applied.allianceId(), applied.applicationId(), applied.applicant().id(),
                        applied.applicant().name(), applied.applicant().industry(), applied.filedOn(),
                        applied.statement(), applied.electorate().size(),
                        java.sql.Timestamp.from(applied.voteWindowEndsAt()), java.sql.Timestamp.from(recordedAt));
    }

    @EventHandler
    void on(VoteCast vote, @Timestamp Instant recordedAt) {
        ballots.vote(vote.allianceId(), vote.applicationId(), vote.voter(), vote.decision(), vote.castOn(), recordedAt);
    }

    @EventHandler
    void on(VoterRecused recusal, @Timestamp Instant recordedAt) {
        ballots.recusal(recusal.allianceId(), recusal.applicationId(), recusal.voter(), recusal.reason(),
                        recusal.recusedOn(), recusal.eligible(), recordedAt);
    }

    @EventHandler
    void on(ApplicationApproved approved) {
        ballots.approved(approved.allianceId(), approved.applicationId(), approved.decidedOn(), approved.tally(),
                         approved.closure());
    }

    @EventHandler
    void on(ApplicationRejected rejected) {
        ballots.rejected(rejected.allianceId(), rejected.applicationId(), rejected.decidedOn(), rejected.tally(),
                         rejected.closure(), rejected.reason());
    }

    @EventHandler
    void on(ApplicationWithdrawn withdrawn) {
        writer.update("UPDATE application SET status = 'WITHDRAWN', decided_on = ? WHERE alliance_id = ? AND application_id = ?",
                withdrawn.withdrawnOn(), withdrawn.allianceId(), withdrawn.applicationId());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE application_vote").update();
        jdbc.sql("TRUNCATE application").update();
        jdbc.sql("TRUNCATE application_recusal").update();
    }
}
