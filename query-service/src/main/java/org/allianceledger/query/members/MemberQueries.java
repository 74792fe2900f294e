package org.allianceledger.query.members;

import org.allianceledger.platform.domain.BusinessCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads of the membership periods. Other capabilities' queries that need a member's name or the members of a day
 * embed the fragments here in their own SQL, so each rule is written once and still costs one statement.
 */
@Repository
public class MemberQueries {

    /**
     * The members of alliance {@code :alliance} now, or at the end of business day {@code :asOf}: those admitted
     * on it count, those who left on it do not. Select from it: {@code "SELECT name FROM " + MEMBERS_AS_OF}.
     */
    public static final String MEMBERS_AS_OF = "member_view WHERE alliance_id = :alliance AND " + memberAsOf("member_view");

    /**
     * That the membership period {@code period} (a row of member_view) counts now, or at the end of business day
     * {@code :asOf}: for queries over several alliances at once.
     */
    public static String memberAsOf(String period) {
        return """
                (CAST(:asOf AS date) IS NULL OR %1$s.member_since <= :asOf)
                AND (%1$s.left_on IS NULL OR (CAST(:asOf AS date) IS NOT NULL AND %1$s.left_on > :asOf))"""
                .formatted(period);
    }

    private final JdbcClient jdbc;

    MemberQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A member's latest name in an alliance, the one it gave when it last joined, as a scalar subquery over the
     * outer query's columns (a voter, a chair, a deal's party keeps its name after it left).
     */
    public static String latestName(String allianceColumn, String enterpriseColumn) {
        return """
                (SELECT m.name FROM member_view m WHERE m.alliance_id = %s AND m.enterprise_id = %s
                 ORDER BY m.member_since DESC LIMIT 1)""".formatted(allianceColumn, enterpriseColumn);
    }

    /**
     * The members, each with the suspension in force at the end of that day (today without {@code asOf}), if any:
     * from its first day through {@code until}, unless lifted by then.
     */
    List<Member> members(String allianceId, LocalDate asOf) {
        return jdbc.sql("""
                SELECT m.enterprise_id, m.name, m.industry, m.member_since, m.admitted_by, m.application_id,
                       s.from_on AS suspended_from, s.until_on AS suspended_until
                FROM (SELECT * FROM %s) m
                LEFT JOIN LATERAL (
                    SELECT from_on, until_on FROM member_suspension_view s
                    WHERE s.alliance_id = m.alliance_id AND s.enterprise_id = m.enterprise_id
                      AND s.from_on >= m.member_since AND s.from_on <= :day
                      AND (s.until_on IS NULL OR s.until_on >= :day) AND (s.lifted_on IS NULL OR s.lifted_on > :day)
                    ORDER BY s.from_on DESC LIMIT 1) s ON true
                ORDER BY m.member_since, m.enterprise_id""".formatted(MEMBERS_AS_OF))
                .param("alliance", allianceId)
                .param("asOf", asOf)
                .param("day", asOf == null ? BusinessCalendar.today() : asOf)
                .query((row, i) -> new Member(row.getString("enterprise_id"), row.getString("name"),
                                              row.getString("industry"), row.getObject("member_since", LocalDate.class),
                                              AdmittedBy.valueOf(row.getString("admitted_by")),
                                              row.getString("application_id"), row.getObject("suspended_from") != null,
                                              row.getObject("suspended_until", LocalDate.class)))
                .list();
    }

    /** Every membership period of an enterprise, in any alliance, oldest first. */
    public List<Membership> memberships(String enterpriseId) {
        return jdbc.sql("""
                SELECT m.*, a.name AS alliance_name FROM member_view m JOIN alliance_view a USING (alliance_id)
                WHERE m.enterprise_id = ? ORDER BY m.member_since, m.alliance_id""")
                .param(enterpriseId)
                .query((row, i) -> new Membership(row.getString("alliance_id"), row.getString("alliance_name"),
                                                  row.getObject("member_since", LocalDate.class),
                                                  row.getObject("left_on", LocalDate.class),
                                                  row.getString("admitted_by"), row.getString("application_id"),
                                                  row.getObject("left_on") == null))
                .list();
    }

    /** {@code suspendedUntil}: the last day of the suspension in force; null when open-ended or not suspended. */
    record Member(String id, String name, String industry, LocalDate memberSince, AdmittedBy admittedBy,
                  String applicationId, boolean suspended, LocalDate suspendedUntil) {
    }

    /** One period of an enterprise in an alliance; {@code current} while it has not left. */
    public record Membership(String allianceId, String allianceName, LocalDate memberSince, LocalDate leftOn,
                             String admittedBy, String applicationId, boolean current) {
    }
}
