package org.allianceledger.query.applications;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.allianceledger.query.members.MemberQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Applications with their tally, their votes (each voter by its latest name) and their outcome. */
@Repository
class ApplicationQueries {

    enum Status { OPEN, APPROVED, REJECTED, WITHDRAWN }

    private final JdbcClient jdbc;

    ApplicationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Enterprise(String id, String name, String industry) {
    }

    record Vote(String voter, String voterName, String decision, LocalDate castOn) {
    }

    /** {@code outcome} is null, and said so, while the application is open. */
    record Application(String applicationId, Enterprise enterprise, LocalDate filedOn, String statement,
                       Status status, Tally tally, @JsonInclude(JsonInclude.Include.ALWAYS) Status outcome,
                       LocalDate decidedOn, String closure, String rejectionReason, Instant voteWindowEndsAt,
                       Instant recordedAt, List<Vote> votes) {
    }

    /** The alliance's applications in any of the given statuses, in the order they were filed. */
    List<Application> applications(String allianceId, Set<Status> statuses) {
        List<Application> found = jdbc.sql("""
                SELECT * FROM application_view WHERE alliance_id = :alliance AND status IN (:statuses)
                ORDER BY filed_on, recorded_at, application_id""")
                .param("alliance", allianceId)
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .query(ApplicationQueries::application)
                .list();
        return withVotes(allianceId, found);
    }

    Optional<Application> application(String allianceId, String applicationId) {
        return jdbc.sql("SELECT * FROM application_view WHERE alliance_id = ? AND application_id = ?")
                .params(allianceId, applicationId)
                .query(ApplicationQueries::application)
                .optional()
                .map(found -> withVotes(allianceId, List.of(found)).get(0));
    }

    private List<Application> withVotes(String allianceId, List<Application> applications) {
        Map<String, List<Vote>> votes = new LinkedHashMap<>();
        jdbc.sql("SELECT v.application_id, v.voter, v.decision, v.cast_on, "
                 + MemberQueries.latestName("v.alliance_id", "v.voter") + " AS voter_name"
                 + " FROM application_vote_view v WHERE v.alliance_id = ? ORDER BY v.recorded_at, v.voter")
                .param(allianceId)
                .query(row -> {
                    votes.computeIfAbsent(row.getString("application_id"), id -> new ArrayList<>())
                            .add(new Vote(row.getString("voter"), row.getString("voter_name"), row.getString("decision"),
                                          row.getObject("cast_on", LocalDate.class)));
                });
        return applications.stream()
                .map(a -> new Application(a.applicationId(), a.enterprise(), a.filedOn(), a.statement(), a.status(),
                                          a.tally(), a.outcome(), a.decidedOn(), a.closure(), a.rejectionReason(),
                                          a.voteWindowEndsAt(), a.recordedAt(),
                                          votes.getOrDefault(a.applicationId(), List.of())))
                .toList();
    }

    private static Application application(ResultSet row, int index) throws SQLException {
        Status status = Status.valueOf(row.getString("status"));
        return new Application(row.getString("application_id"),
                               new Enterprise(row.getString("applicant_id"), row.getString("applicant_name"),
                                              row.getString("applicant_industry")),
                               row.getObject("filed_on", LocalDate.class), row.getString("statement"), status,
                               new Tally(row.getInt("votes_for"), row.getInt("votes_against"),
                                         row.getInt("votes_abstain"), row.getInt("eligible")),
                               status == Status.OPEN ? null : status,
                               row.getObject("decided_on", LocalDate.class), row.getString("closure"),
                               row.getString("rejection_reason"),
                               row.getTimestamp("vote_window_ends_at").toInstant(),
                               row.getTimestamp("recorded_at").toInstant(), List.of());
    }
}
