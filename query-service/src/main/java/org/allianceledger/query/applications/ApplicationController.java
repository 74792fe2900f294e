package org.allianceledger.query.applications;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.NotNull;
import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.query.alliances.KnownAlliances;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RestController
@RequestMapping("/api/alliances/{allianceId}/applications")
class ApplicationController {

    enum Status { OPEN, APPROVED, REJECTED, WITHDRAWN }

    private final JdbcClient jdbc;
    private final KnownAlliances alliances;

    ApplicationController(JdbcClient jdbc, KnownAlliances alliances) {
        this.jdbc = jdbc;
        this.alliances = alliances;
    }

    record Enterprise(String id, String name, String industry) {
    }

    record Tally(@JsonProperty("for") int inFavour, int against, int abstain, int eligible) {
    }

    record Vote(String voter, String voterName, String decision, LocalDate castOn) {
    }

    record Application(String applicationId, Enterprise enterprise, LocalDate filedOn, String statement,
                       Status status, Tally tally, @JsonInclude(JsonInclude.Include.ALWAYS) Status outcome,
                       LocalDate decidedOn, String closure, String rejectionReason, Instant voteWindowEndsAt,
                       Instant recordedAt, List<Vote> votes) {
    }

    record Applications(String allianceId, int count, List<Application> applications) {
    }

    @Operation(operationId = "listApplications", summary = "Applications with their tally, votes and outcome, filtered by status")
    @GetMapping
    Applications applications(@PathVariable @Slug String allianceId,
                              @Parameter(description = "comma-separated: OPEN, APPROVED, REJECTED, WITHDRAWN")
                              @RequestParam(required = false) Set<@NotNull Status> status,
                              @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        Set<Status> wanted = status == null || status.isEmpty() ? EnumSet.allOf(Status.class) : status;
        List<Application> found = jdbc.sql("""
                SELECT * FROM application_view WHERE alliance_id = :alliance AND status IN (:statuses)
                ORDER BY filed_on, recorded_at, application_id""")
                .param("alliance", allianceId)
                .param("statuses", wanted.stream().map(Enum::name).toList())
                .query(ApplicationController::application)
                .list();
        return new Applications(allianceId, found.size(), withVotes(allianceId, found));
    }

    @Operation(operationId = "getApplication", summary = "One application with its tally, votes and outcome")
    @GetMapping("/{applicationId}")
    Application application(@PathVariable @Slug String allianceId, @PathVariable @Slug String applicationId,
                            @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        Application found = jdbc.sql("SELECT * FROM application_view WHERE alliance_id = ? AND application_id = ?")
                .params(allianceId, applicationId)
                .query(ApplicationController::application)
                .optional()
                .orElseThrow(() -> new Refusal(Problem.APPLICATION_NOT_FOUND, "No application " + applicationId));
        return withVotes(allianceId, List.of(found)).get(0);
    }

    private List<Application> withVotes(String allianceId, List<Application> applications) {
        Map<String, List<Vote>> votes = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT v.application_id, v.voter, v.decision, v.cast_on,
                       (SELECT m.name FROM member_view m WHERE m.alliance_id = v.alliance_id AND m.enterprise_id = v.voter
                        ORDER BY m.member_since DESC LIMIT 1) AS voter_name
                FROM application_vote_view v WHERE v.alliance_id = ? ORDER BY v.recorded_at, v.voter""")
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
