package org.allianceledger.query.reports;

import org.allianceledger.query.members.MemberQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The service report over one alliance or the alliances of a zone, for the business days {@code from} (null: since
 * the beginning) through {@code to}, both inclusive. Problems are those raised in the period, as they stand now; who
 * serves whom is as at the end of {@code to}; departments and instructors are those in place on some day of the
 * period. Over several alliances an enterprise, and a department, counts once.
 */
@Repository
class ServiceReportQueries {

    /** The period's bounds on column {@code column}. */
    private static String within(String column) {
        return "(CAST(:from AS date) IS NULL OR %1$s >= :from) AND %1$s <= :to".formatted(column);
    }

    /** A posting of {@code p} that serves at the end of {@code :asOf} (same rule as the departments' reads). */
    private static final String POSTED = """
            p.since <= :asOf AND (p.ended_on IS NULL OR p.ended_on > :asOf)""";

    private static final String MEMBERS = "SELECT DISTINCT m.enterprise_id FROM member_view m "
                                          + "WHERE m.alliance_id IN (:alliances) AND " + MemberQueries.memberAsOf("m");

    private static final String PROBLEMS = """
            SELECT count(*) AS raised,
                   count(*) FILTER (WHERE resolved_on IS NOT NULL AND resolved_on <= :to) AS resolved,
                   count(*) FILTER (WHERE resolved_on IS NULL OR resolved_on > :to) AS open,
                   count(*) FILTER (WHERE overdue AND resolved_on IS NULL) AS overdue,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY resolved_on - raised_on)
                       FILTER (WHERE resolved_on IS NOT NULL AND resolved_on <= :to) AS median_days,
                   avg(rating) AS average_rating
            FROM problem_view WHERE alliance_id IN (:alliances) AND\s""" + within("raised_on");

    private static final String DEPARTMENTS = """
            SELECT d.department_id, max(d.name) AS name,
                   count(p.problem_id) AS assigned,
                   count(p.problem_id) FILTER (WHERE p.resolved_on IS NOT NULL AND p.resolved_on <= :to) AS resolved,
                   count(p.problem_id) FILTER (WHERE p.overdue AND p.resolved_on IS NULL) AS overdue,
                   avg(p.rating) AS average_rating
            FROM (SELECT DISTINCT ON (department_id) department_id, name FROM partner_department_view
                  WHERE alliance_id IN (:alliances) AND joined_on <= :to
                        AND (withdrawn_on IS NULL OR CAST(:from AS date) IS NULL OR withdrawn_on > :from)
                  ORDER BY department_id, joined_on DESC) d
            LEFT JOIN problem_view p ON p.department_id = d.department_id AND p.alliance_id IN (:alliances)
                 AND %s
            GROUP BY d.department_id ORDER BY d.department_id""".formatted(within("p.raised_on"));

    private static final String INSTRUCTORS = """
            SELECT i.alliance_id, i.instructor_id, i.name, i.department_id,
                   (SELECT count(DISTINCT p.enterprise_id) FROM instructor_posting_view p
                    WHERE p.alliance_id = i.alliance_id AND p.instructor_id = i.instructor_id AND %s) AS members_served,
                   (SELECT count(*) FROM visit_view v WHERE v.alliance_id = i.alliance_id
                    AND v.instructor_id = i.instructor_id AND %s) AS visits
            FROM instructor_view i WHERE i.alliance_id IN (:alliances) AND i.appointed_on <= :to
              AND (i.recalled_on IS NULL OR CAST(:from AS date) IS NULL OR i.recalled_on > :from)
            ORDER BY i.alliance_id, i.appointed_on, i.instructor_id""".formatted(POSTED, within("v.visited_on"));

    /**
     * An alliance's instructors serve its own members: an enterprise is uncovered where one of its alliances has no
     * instructor serving it, even if another alliance's does (then it is both served and uncovered), and listed once.
     */
    private static final String UNCOVERED = """
            SELECT m.enterprise_id, max(m.name) AS name FROM member_view m
            WHERE m.alliance_id IN (:alliances) AND %s
              AND m.enterprise_id NOT IN (SELECT p.enterprise_id FROM instructor_posting_view p
                                          WHERE p.alliance_id = m.alliance_id AND %s)
            GROUP BY m.enterprise_id ORDER BY m.enterprise_id""".formatted(MemberQueries.memberAsOf("m"), POSTED);

    private static final String ACTIVITIES = """
            SELECT kind, count(*) AS count, coalesce(sum(donations_cny), 0.00) AS donations_cny,
                   coalesce(sum(beneficiaries), 0) AS beneficiaries
            FROM activity_view WHERE alliance_id IN (:alliances) AND %s
            GROUP BY kind ORDER BY kind""".formatted(within("held_on"));

    private final JdbcClient jdbc;

    ServiceReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ProblemCounts(long raised, long resolved, long open, long overdue, BigDecimal medianDaysToResolve,
                    BigDecimal averageRating) {
    }

    record DepartmentLine(String id, String name, long assigned, long resolved, long overdue, BigDecimal averageRating) {
    }

    record InstructorLine(String allianceId, String id, String name, String departmentId, long membersServed,
                          long visits) {
    }

    record UncoveredEnterprise(String id, String name) {
    }

    record ActivityLine(String kind, long count, BigDecimal donationsCny, long beneficiaries) {
    }

    record MeetingCounts(long held, boolean overdue, List<String> overdueAlliances) {
    }

    record ServiceReport(String allianceId, String zoneId, LocalDate from, LocalDate to, List<String> alliances,
                         long enterprises, long visits, ProblemCounts problems, List<DepartmentLine> departments,
                         List<InstructorLine> instructors, long membersServed, long uncoveredCount,
                         List<UncoveredEnterprise> uncovered, List<ActivityLine> activities, MeetingCounts meetings) {
    }

    /** The zone's alliances that had joined it by {@code to}; empty if there is no such zone. */
    Optional<List<String>> zoneAlliances(String zoneId, LocalDate to) {
        if (jdbc.sql("SELECT count(*) FROM zone_view WHERE zone_id = ?").param(zoneId).query(Long.class).single() == 0) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                        SELECT alliance_id FROM zone_alliance_view WHERE zone_id = ? AND joined_on <= ?
                        ORDER BY joined_on, alliance_id""")
                                   .param(zoneId).param(to).query(String.class).list());
    }

    ServiceReport report(String allianceId, String zoneId, List<String> alliances, LocalDate from, LocalDate to) {
        if (alliances.isEmpty()) {
            return new ServiceReport(allianceId, zoneId, from, to, alliances, 0, 0,
                                     new ProblemCounts(0, 0, 0, 0, null, null), List.of(), List.of(), 0, 0, List.of(),
                                     List.of(), new MeetingCounts(0, false, List.of()));
        }
        long enterprises = jdbc.sql("SELECT count(*) FROM (" + MEMBERS + ") e").params(params(alliances, from, to))
                .query(Long.class).single();
        long visits = jdbc.sql("SELECT count(*) FROM visit_view WHERE alliance_id IN (:alliances) AND "
                               + within("visited_on")).params(params(alliances, from, to)).query(Long.class).single();
        ProblemCounts problems = jdbc.sql(PROBLEMS).params(params(alliances, from, to))
                .query((row, i) -> new ProblemCounts(row.getLong("raised"), row.getLong("resolved"), row.getLong("open"),
                                                row.getLong("overdue"), decimal(row, "median_days"),
                                                decimal(row, "average_rating"))).single();
        List<DepartmentLine> departments = jdbc.sql(DEPARTMENTS).params(params(alliances, from, to))
                .query((row, i) -> new DepartmentLine(row.getString("department_id"), row.getString("name"),
                                                      row.getLong("assigned"), row.getLong("resolved"),
                                                      row.getLong("overdue"), decimal(row, "average_rating"))).list();
        List<InstructorLine> instructors = jdbc.sql(INSTRUCTORS).params(params(alliances, from, to))
                .query((row, i) -> new InstructorLine(row.getString("alliance_id"), row.getString("instructor_id"),
                                                      row.getString("name"), row.getString("department_id"),
                                                      row.getLong("members_served"), row.getLong("visits"))).list();
        long served = jdbc.sql("SELECT count(*) FROM (" + MEMBERS + """
                 AND m.enterprise_id IN (SELECT p.enterprise_id FROM instructor_posting_view p
                                        WHERE p.alliance_id IN (:alliances) AND\s""" + POSTED + ")) e")
                .params(params(alliances, from, to)).query(Long.class).single();
        List<UncoveredEnterprise> uncovered = jdbc.sql(UNCOVERED).params(params(alliances, from, to))
                .query((row, i) -> new UncoveredEnterprise(row.getString("enterprise_id"), row.getString("name"))).list();
        List<ActivityLine> activities = jdbc.sql(ACTIVITIES).params(params(alliances, from, to))
                .query((row, i) -> new ActivityLine(row.getString("kind"), row.getLong("count"),
                                                    row.getBigDecimal("donations_cny"), row.getLong("beneficiaries")))
                .list();
        long held = jdbc.sql("SELECT count(*) FROM meeting_view WHERE alliance_id IN (:alliances) AND status = 'HELD' AND "
                             + within("held_on")).params(params(alliances, from, to)).query(Long.class).single();
        List<String> overdue = jdbc.sql("""
                        SELECT alliance_id FROM alliance_view WHERE alliance_id IN (:alliances) AND meeting_overdue
                        ORDER BY alliance_id""").params(params(alliances, from, to)).query(String.class).list();
        return new ServiceReport(allianceId, zoneId, from, to, alliances, enterprises, visits, problems, departments,
                                 instructors, served, uncovered.size(), uncovered, activities,
                                 new MeetingCounts(held, !overdue.isEmpty(), overdue));
    }

    private static java.util.Map<String, Object> params(List<String> alliances, LocalDate from, LocalDate to) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("alliances", alliances);
        params.put("from", from);
        params.put("to", to);
        params.put("asOf", to);
        return params;
    }

    /** Medians and averages to two decimals, exactly as Postgres computed them up to that rounding. */
    private static BigDecimal decimal(ResultSet row, String column) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
