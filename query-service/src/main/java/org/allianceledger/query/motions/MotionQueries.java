package org.allianceledger.query.motions;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.allianceledger.query.applications.Tally;
import org.allianceledger.query.members.MemberQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Motions with their subject, tally, votes and recusals (each member by its latest name) and their outcome. */
@Repository
class MotionQueries {

    enum Status { OPEN, APPROVED, REJECTED }

    private final JdbcClient jdbc;

    MotionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Subject(String id, String name) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "MotionVote")
    record Vote(String voter, String voterName, String decision, LocalDate castOn) {
    }

    record Recusal(String voter, String voterName, String reason, LocalDate recusedOn) {
    }

    /** {@code outcome} is null, and said so, while the motion is open. */
    record Motion(String motionId, String kind, Subject subject, LocalDate filedOn, String statement, Status status,
                  Tally tally, @JsonInclude(JsonInclude.Include.ALWAYS) Status outcome, LocalDate decidedOn,
                  String closure, String rejectionReason, Instant voteWindowEndsAt, Instant recordedAt,
                  List<Vote> votes, List<Recusal> recusals) {
    }

    private static final String SELECT = "SELECT mo.*, " + MemberQueries.latestName("mo.alliance_id", "mo.subject_id")
                                         + " AS subject_name FROM motion_view mo ";

    /** The alliance's motions in any of the given statuses, in the order they were filed. */
    List<Motion> motions(String allianceId, Set<Status> statuses) {
        List<Motion> found = jdbc.sql(SELECT + """
                WHERE mo.alliance_id = :alliance AND mo.status IN (:statuses)
                ORDER BY mo.filed_on, mo.recorded_at, mo.motion_id""")
                .param("alliance", allianceId)
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .query(MotionQueries::motion)
                .list();
        return withVotes(allianceId, found);
    }

    Optional<Motion> motion(String allianceId, String motionId) {
        return jdbc.sql(SELECT + "WHERE mo.alliance_id = ? AND mo.motion_id = ?")
                .params(allianceId, motionId)
                .query(MotionQueries::motion)
                .optional()
                .map(found -> withVotes(allianceId, List.of(found)).get(0));
    }

    private List<Motion> withVotes(String allianceId, List<Motion> motions) {
        Map<String, List<Vote>> votes = new HashMap<>();
        jdbc.sql("SELECT v.motion_id, v.voter, v.decision, v.cast_on, "
                 + MemberQueries.latestName("v.alliance_id", "v.voter") + " AS voter_name"
                 + " FROM motion_vote_view v WHERE v.alliance_id = ? ORDER BY v.recorded_at, v.voter")
                .param(allianceId)
                .query(row -> {
                    votes.computeIfAbsent(row.getString("motion_id"), id -> new ArrayList<>())
                            .add(new Vote(row.getString("voter"), row.getString("voter_name"), row.getString("decision"),
                                          row.getObject("cast_on", LocalDate.class)));
                });
        Map<String, List<Recusal>> recusals = new HashMap<>();
        jdbc.sql("SELECT r.motion_id, r.voter, r.reason, r.recused_on, "
                 + MemberQueries.latestName("r.alliance_id", "r.voter") + " AS voter_name"
                 + " FROM motion_recusal_view r WHERE r.alliance_id = ? ORDER BY r.recorded_at, r.voter")
                .param(allianceId)
                .query(row -> {
                    recusals.computeIfAbsent(row.getString("motion_id"), id -> new ArrayList<>())
                            .add(new Recusal(row.getString("voter"), row.getString("voter_name"), row.getString("reason"),
                                             row.getObject("recused_on", LocalDate.class)));
                });
        return motions.stream()
                .map(m -> new Motion(m.motionId(), m.kind(), m.subject(), m.filedOn(), m.statement(), m.status(),
                                     m.tally(), m.outcome(), m.decidedOn(), m.closure(), m.rejectionReason(),
                                     m.voteWindowEndsAt(), m.recordedAt(), votes.getOrDefault(m.motionId(), List.of()),
                                     recusals.getOrDefault(m.motionId(), List.of())))
                .toList();
    }

    private static Motion motion(ResultSet row, int index) throws SQLException {
        Status status = Status.valueOf(row.getString("status"));
        return new Motion(row.getString("motion_id"), row.getString("kind"),
                          new Subject(row.getString("subject_id"), row.getString("subject_name")),
                          row.getObject("filed_on", LocalDate.class), row.getString("statement"), status,
                          new Tally(row.getInt("votes_for"), row.getInt("votes_against"), row.getInt("votes_abstain"),
                                    row.getInt("eligible")),
                          status == Status.OPEN ? null : status, row.getObject("decided_on", LocalDate.class),
                          row.getString("closure"), row.getString("rejection_reason"),
                          row.getTimestamp("vote_window_ends_at").toInstant(), row.getTimestamp("recorded_at").toInstant(),
                          List.of(), List.of());
    }
}
