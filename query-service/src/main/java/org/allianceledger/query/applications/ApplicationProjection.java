package org.allianceledger.query.applications;

import org.allianceledger.events.ApplicationApproved;
import org.allianceledger.events.ApplicationRejected;
import org.allianceledger.events.ApplicationWithdrawn;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteCast;
import org.allianceledger.events.VoterRecused;
import org.allianceledger.query.projections.ProjectionGroup;
import org.allianceledger.query.projections.ReadModelWriter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Applications with their votes and running tally, and the decision once the vote closed. */
@Component
@ProcessingGroup(ProjectionGroup.NAME)
class ApplicationProjection {

    private final JdbcClient jdbc;
    private final ReadModelWriter writer;

    ApplicationProjection(JdbcClient jdbc, ReadModelWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
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
        writer.update("""
                INSERT INTO application_vote (alliance_id, application_id, voter, decision, cast_on, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (alliance_id, application_id, voter) DO NOTHING""",
                vote.allianceId(), vote.applicationId(), vote.voter(), vote.decision().name(), vote.castOn(),
                        java.sql.Timestamp.from(recordedAt));
        // counted from the votes themselves, so handling an event twice cannot count it twice
        writer.update("""
                UPDATE application a SET
                    votes_for = (SELECT count(*) FROM application_vote v WHERE v.alliance_id = a.alliance_id
                                 AND v.application_id = a.application_id AND v.decision = 'FOR'),
                    votes_against = (SELECT count(*) FROM application_vote v WHERE v.alliance_id = a.alliance_id
                                 AND v.application_id = a.application_id AND v.decision = 'AGAINST'),
                    votes_abstain = (SELECT count(*) FROM application_vote v WHERE v.alliance_id = a.alliance_id
                                 AND v.application_id = a.application_id AND v.decision = 'ABSTAIN')
                WHERE a.alliance_id = ? AND a.application_id = ?""",
                vote.allianceId(), vote.applicationId());
    }

    /** The electorate left is in the event, so handling it twice leaves the same count. */
    @EventHandler
    void on(VoterRecused recusal, @Timestamp Instant recordedAt) {
        writer.update("""
                INSERT INTO application_recusal (alliance_id, application_id, voter, reason, recused_on, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                recusal.allianceId(), recusal.applicationId(), recusal.voter(), recusal.reason(), recusal.recusedOn(),
                        java.sql.Timestamp.from(recordedAt));
        writer.update("UPDATE application SET eligible = ? WHERE alliance_id = ? AND application_id = ?",
                recusal.eligible(), recusal.allianceId(), recusal.applicationId());
    }

    @EventHandler
    void on(ApplicationApproved approved) {
        decided(approved.allianceId(), approved.applicationId(), "APPROVED", approved.decidedOn(), approved.tally(),
                approved.closure().name(), null);
    }

    @EventHandler
    void on(ApplicationRejected rejected) {
        decided(rejected.allianceId(), rejected.applicationId(), "REJECTED", rejected.decidedOn(), rejected.tally(),
                rejected.closure().name(), rejected.reason().name());
    }

    @EventHandler
    void on(ApplicationWithdrawn withdrawn) {
        writer.update("UPDATE application SET status = 'WITHDRAWN', decided_on = ? WHERE alliance_id = ? AND application_id = ?",
                withdrawn.withdrawnOn(), withdrawn.allianceId(), withdrawn.applicationId());
    }

    private void decided(String allianceId, String applicationId, String status, java.time.LocalDate on, Tally tally,
                         String closure, String reason) {
        writer.update("""
                UPDATE application SET status = ?, decided_on = ?, votes_for = ?, votes_against = ?,
                    votes_abstain = ?, closure = ?, rejection_reason = ?
                WHERE alliance_id = ? AND application_id = ?""",
                status, on, tally.inFavour(), tally.against(), tally.abstain(), closure, reason, allianceId,
                        applicationId);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE application_vote").update();
        jdbc.sql("TRUNCATE application").update();
        jdbc.sql("TRUNCATE application_recusal").update();
    }
}
