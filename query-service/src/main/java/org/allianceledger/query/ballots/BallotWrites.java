package org.allianceledger.query.ballots;

import org.allianceledger.events.RejectionReason;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteClosure;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.query.projections.ReadModelWriter;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The writes that the read models of applications and motions share, each written once here: a vote and the
 * running tally, a recusal and the electorate left, and the decision. A ballot's table {@code <ballot>} has its
 * votes in {@code <ballot>_vote} and its recusals in {@code <ballot>_recusal}, each keyed by alliance and
 * {@code <ballot>_id}; what a ballot is filed with, and any other way it ends, stay with its projection.
 */
public final class BallotWrites {

    private final ReadModelWriter writer;
    private final String insertVote;
    private final String recount;
    private final String insertRecusal;
    private final String setEligible;
    private final String decide;

    /** {@code ballot}: "application" or "motion", the table and the prefix of its id column and other tables. */
    public BallotWrites(ReadModelWriter writer, String ballot) {
        this.writer = writer;
        String id = ballot + "_id";
        // built once, so that a replayed batch sends consecutive writes of one statement together
        this.insertVote = """
                INSERT INTO %1$s_vote (alliance_id, %2$s, voter, decision, cast_on, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (alliance_id, %2$s, voter) DO NOTHING""".formatted(ballot, id);
        this.recount = """
                UPDATE %1$s b SET
                    votes_for = (SELECT count(*) FROM %1$s_vote v WHERE v.alliance_id = b.alliance_id
                                 AND v.%2$s = b.%2$s AND v.decision = 'FOR'),
                    votes_against = (SELECT count(*) FROM %1$s_vote v WHERE v.alliance_id = b.alliance_id
                                 AND v.%2$s = b.%2$s AND v.decision = 'AGAINST'),
                    votes_abstain = (SELECT count(*) FROM %1$s_vote v WHERE v.alliance_id = b.alliance_id
                                 AND v.%2$s = b.%2$s AND v.decision = 'ABSTAIN')
                WHERE b.alliance_id = ? AND b.%2$s = ?""".formatted(ballot, id);
        this.insertRecusal = """
                INSERT INTO %1$s_recusal (alliance_id, %2$s, voter, reason, recused_on, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""".formatted(ballot, id);
        this.setEligible = "UPDATE %1$s SET eligible = ? WHERE alliance_id = ? AND %2$s = ?".formatted(ballot, id);
        this.decide = """
                UPDATE %1$s SET status = ?, decided_on = ?, votes_for = ?, votes_against = ?, votes_abstain = ?,
                    eligible = ?, closure = ?, rejection_reason = ?
                WHERE alliance_id = ? AND %2$s = ?""".formatted(ballot, id);
    }

    /** The vote, once; the tally counted from the votes themselves, so handling an event twice cannot count it twice. */
    public void vote(String allianceId, String ballotId, String voter, VoteDecision decision, LocalDate castOn,
                     Instant recordedAt) {
        writer.update(insertVote, allianceId, ballotId, voter, decision.name(), castOn,
                      java.sql.Timestamp.from(recordedAt));
        writer.update(recount, allianceId, ballotId);
    }

    /** The electorate left is in the event, so handling it twice leaves the same count. */
    public void recusal(String allianceId, String ballotId, String voter, String reason, LocalDate recusedOn,
                        int eligible, Instant recordedAt) {
        writer.update(insertRecusal, allianceId, ballotId, voter, reason, recusedOn, java.sql.Timestamp.from(recordedAt));
        writer.update(setEligible, eligible, allianceId, ballotId);
    }

    public void approved(String allianceId, String ballotId, LocalDate on, Tally tally, VoteClosure closure) {
        decided(allianceId, ballotId, "APPROVED", on, tally, closure, null);
    }

    public void rejected(String allianceId, String ballotId, LocalDate on, Tally tally, VoteClosure closure,
                         RejectionReason reason) {
        decided(allianceId, ballotId, "REJECTED", on, tally, closure, reason.name());
    }

    /** The decision's tally is the command side's final count, so it replaces the running one. */
    private void decided(String allianceId, String ballotId, String status, LocalDate on, Tally tally,
                         VoteClosure closure, String rejectionReason) {
        writer.update(decide, status, on, tally.inFavour(), tally.against(), tally.abstain(), tally.eligible(),
                      closure.name(), rejectionReason, allianceId, ballotId);
    }
}
