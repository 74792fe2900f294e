package org.allianceledger.query.ledger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Visits and the problem ledger, each problem with its whole history (who, what, when), from the read models. */
@Repository
class LedgerQueries {

    enum ProblemStatus { OPEN, ASSIGNED, RESOLVED, CLOSED }

    enum ProblemCategory { FINANCING, LABOUR, TECHNOLOGY, APPROVAL, MARKET, POLICY, OTHER }

    private final JdbcClient jdbc;

    LedgerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One step of a problem's history: {@code kind} RAISED, ASSIGNED (department, dueOn), PROGRESS (note), RESOLVED
     * (result, resolvedBy), FEEDBACK (rating, comment), REOPENED (reason) or OVERDUE (dueOn); {@code on} its business
     * date, {@code submittedBy} who sent it (the system for an overdue), {@code recordedAt} when it was recorded.
     */
    record ProblemStep(long sequence, String kind, LocalDate on, String submittedBy, Instant recordedAt,
                       String department, LocalDate dueOn, String note, String result, String resolvedBy,
                       Integer rating, String comment, String reason) {
    }

    /** A problem as it stands; {@code version} counts the events of its own stream, not the alliance's. */
    record ProblemView(String problemId, String raisedBy, LocalDate raisedOn, ProblemCategory category, String title,
                       String description, boolean chainWide, String visitId, ProblemStatus status, String department,
                       LocalDate assignedOn, LocalDate dueOn, boolean overdue, LocalDate resolvedOn, String resolvedBy,
                       String result, Integer rating, LocalDate closedOn, long version, Instant recordedAt,
                       List<ProblemStep> history) {
    }

    record RaisedProblem(String problemId, String title, ProblemStatus status) {
    }

    record VisitView(String visitId, String instructor, String department, String enterprise, LocalDate visitedOn,
                     String notes, String submittedBy, Instant recordedAt, List<RaisedProblem> problems) {
    }

    /** The filters of the list; each null or empty matches every problem. */
    record ProblemFilter(Set<ProblemStatus> statuses, String department, Set<ProblemCategory> categories,
                         Boolean overdue) {
    }

    List<ProblemView> problems(String allianceId, ProblemFilter filter) {
        List<String> statuses = filter.statuses() == null ? List.of() : filter.statuses().stream().map(Enum::name).toList();
        List<String> categories = filter.categories() == null ? List.of()
                : filter.categories().stream().map(Enum::name).toList();
        StringBuilder sql = new StringBuilder("SELECT * FROM problem_view WHERE alliance_id = :alliance");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("alliance", allianceId);
        if (!statuses.isEmpty()) {
            sql.append(" AND status IN (:statuses)");
            params.put("statuses", statuses);
        }
        if (!categories.isEmpty()) {
            sql.append(" AND category IN (:categories)");
            params.put("categories", categories);
        }
        if (filter.department() != null) {
            sql.append(" AND department_id = :department");
            params.put("department", filter.department());
        }
        if (filter.overdue() != null) {
            sql.append(" AND overdue = :overdue");
            params.put("overdue", filter.overdue());
        }
        sql.append(" ORDER BY raised_on, problem_id");
        List<ProblemView> bare = jdbc.sql(sql.toString()).params(params).query((row, i) -> problem(row, List.of())).list();
        Map<String, List<ProblemStep>> histories = histories(allianceId);
        return bare.stream().map(p -> withHistory(p, histories.getOrDefault(p.problemId(), List.of()))).toList();
    }

    Optional<ProblemView> problem(String allianceId, String problemId) {
        return jdbc.sql("SELECT * FROM problem_view WHERE alliance_id = :alliance AND problem_id = :problem")
                .param("alliance", allianceId).param("problem", problemId)
                .query((row, i) -> problem(row, history(allianceId, problemId))).optional();
    }

    List<VisitView> visits(String allianceId) {
        Map<String, List<RaisedProblem>> raised = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT visit_id, problem_id, title, status FROM problem_view
                WHERE alliance_id = :alliance AND visit_id IS NOT NULL ORDER BY raised_on, problem_id""")
                .param("alliance", allianceId)
                .query((ResultSet row) -> {
                    raised.computeIfAbsent(row.getString("visit_id"), v -> new ArrayList<>())
                            .add(new RaisedProblem(row.getString("problem_id"), row.getString("title"),
                                                   ProblemStatus.valueOf(row.getString("status"))));
                });
        return jdbc.sql("SELECT * FROM visit_view WHERE alliance_id = :alliance ORDER BY visited_on, visit_id")
                .param("alliance", allianceId)
                .query((row, i) -> new VisitView(row.getString("visit_id"), row.getString("instructor_id"),
                                                 row.getString("department_id"), row.getString("enterprise_id"),
                                                 row.getObject("visited_on", LocalDate.class), row.getString("notes"),
                                                 row.getString("submitted_by"), instant(row, "recorded_at"),
                                                 raised.getOrDefault(row.getString("visit_id"), List.of())))
                .list();
    }

    private List<ProblemStep> history(String allianceId, String problemId) {
        return jdbc.sql("""
                SELECT * FROM problem_step_view WHERE alliance_id = :alliance AND problem_id = :problem
                ORDER BY sequence_no""")
                .param("alliance", allianceId).param("problem", problemId)
                .query((row, i) -> step(row)).list();
    }

    private Map<String, List<ProblemStep>> histories(String allianceId) {
        Map<String, List<ProblemStep>> byProblem = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM problem_step_view WHERE alliance_id = :alliance ORDER BY problem_id, sequence_no")
                .param("alliance", allianceId)
                .query((ResultSet row) -> {
                    byProblem.computeIfAbsent(row.getString("problem_id"), p -> new ArrayList<>()).add(step(row));
                });
        return byProblem;
    }

    private static ProblemView withHistory(ProblemView p, List<ProblemStep> history) {
        return new ProblemView(p.problemId(), p.raisedBy(), p.raisedOn(), p.category(), p.title(), p.description(),
                               p.chainWide(), p.visitId(), p.status(), p.department(), p.assignedOn(), p.dueOn(),
                               p.overdue(), p.resolvedOn(), p.resolvedBy(), p.result(), p.rating(), p.closedOn(),
                               p.version(), p.recordedAt(), history);
    }

    private static ProblemView problem(ResultSet row, List<ProblemStep> history) throws SQLException {
        return new ProblemView(row.getString("problem_id"), row.getString("raised_by"),
                               row.getObject("raised_on", LocalDate.class),
                               ProblemCategory.valueOf(row.getString("category")), row.getString("title"),
                               row.getString("description"), row.getBoolean("chain_wide"), row.getString("visit_id"),
                               ProblemStatus.valueOf(row.getString("status")), row.getString("department_id"),
                               row.getObject("assigned_on", LocalDate.class), row.getObject("due_on", LocalDate.class),
                               row.getBoolean("overdue"), row.getObject("resolved_on", LocalDate.class),
                               row.getString("resolved_by"), row.getString("result"),
                               (Integer) row.getObject("rating", Integer.class),
                               row.getObject("closed_on", LocalDate.class), row.getLong("version"),
                               instant(row, "recorded_at"), history);
    }

    private static ProblemStep step(ResultSet row) throws SQLException {
        return new ProblemStep(row.getLong("sequence_no"), row.getString("kind"), row.getObject("on_day", LocalDate.class),
                               row.getString("submitted_by"), instant(row, "recorded_at"), row.getString("department_id"),
                               row.getObject("due_on", LocalDate.class), row.getString("note"), row.getString("result"),
                               row.getString("resolved_by"), row.getObject("rating", Integer.class),
                               row.getString("comment"), row.getString("reason"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
