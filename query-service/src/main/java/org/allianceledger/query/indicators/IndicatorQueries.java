package org.allianceledger.query.indicators;

import org.allianceledger.events.Disclosure;
import org.allianceledger.query.indicators.RevenueSheet.Enterprise;
import org.allianceledger.query.members.MemberQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads of revenue reports, and of the distinct enterprises of an alliance or a zone on a day. */
@Repository
class IndicatorQueries {

    /**
     * Per enterprise of {@code :ids} and year of {@code :years}, the revision a question sees: the one reported last
     * by the end of {@code :knownAt} (by the business date; of one day, the one recorded last), or the latest at all.
     */
    private static final String FIGURES = """
            SELECT DISTINCT ON (enterprise_id, year) enterprise_id, year, revenue_cny, reported_on, disclosure
            FROM revenue_report_view
            WHERE enterprise_id IN (:ids) AND year IN (:years)
              AND (CAST(:knownAt AS date) IS NULL OR reported_on <= :knownAt)
            ORDER BY enterprise_id, year, reported_on DESC, sequence DESC""";

    private static final String ALLIANCE_MEMBERS = "SELECT DISTINCT ON (enterprise_id) enterprise_id, name FROM "
            + MemberQueries.MEMBERS_AS_OF + " ORDER BY enterprise_id, member_since DESC";

    /** The members of the zone's alliances (those that had joined by then) at the end of {@code :asOf}, each once. */
    private static final String ZONE_ENTERPRISES = """
            SELECT DISTINCT ON (m.enterprise_id) m.enterprise_id, m.name FROM zone_alliance_view za
            JOIN member_view m ON m.alliance_id = za.alliance_id
            WHERE za.zone_id = :zone AND za.joined_on <= :asOf AND\s""" + MemberQueries.memberAsOf("m")
            + " ORDER BY m.enterprise_id, m.member_since DESC";

    private final JdbcClient jdbc;

    IndicatorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Revision(int revision, BigDecimal revenueCny, LocalDate reportedOn, Disclosure disclosure, String source,
                    String note, Instant recordedAt, String submittedBy) {
    }

    List<Enterprise> allianceMembers(String allianceId, LocalDate asOf) {
        return jdbc.sql(ALLIANCE_MEMBERS).param("alliance", allianceId).param("asOf", asOf)
                .query((row, i) -> new Enterprise(row.getString("enterprise_id"), row.getString("name"))).list();
    }

    boolean zoneExists(String zoneId) {
        return jdbc.sql("SELECT count(*) FROM zone_view WHERE zone_id = ?").param(zoneId).query(Long.class).single() > 0;
    }

    List<Enterprise> zoneEnterprises(String zoneId, LocalDate asOf) {
        return jdbc.sql(ZONE_ENTERPRISES).param("zone", zoneId).param("asOf", asOf)
                .query((row, i) -> new Enterprise(row.getString("enterprise_id"), row.getString("name"))).list();
    }

    /** The figures of the enterprises for one year, keyed by enterprise; those with no report by then are absent. */
    Map<String, Figure> figures(Collection<String> enterprises, int year, LocalDate knownAt) {
        Map<String, Figure> figures = new HashMap<>();
        if (enterprises.isEmpty()) {
            return figures;
        }
        jdbc.sql(FIGURES).param("ids", enterprises).param("years", List.of(year)).param("knownAt", knownAt)
                .query((ResultSet row) -> {
                    figures.put(row.getString("enterprise_id"),
                                new Figure(row.getBigDecimal("revenue_cny"), row.getObject("reported_on", LocalDate.class),
                                           Disclosure.valueOf(row.getString("disclosure"))));
                });
        return figures;
    }

    /** Every revision of every year of the enterprise, years ascending, each year's revisions in the order recorded. */
    Map<Integer, List<Revision>> revisions(String enterpriseId) {
        Map<Integer, List<Revision>> years = new java.util.TreeMap<>();
        jdbc.sql("""
                SELECT *, row_number() OVER (PARTITION BY year ORDER BY sequence) AS revision
                FROM revenue_report_view WHERE enterprise_id = ? ORDER BY year, sequence""")
                .param(enterpriseId)
                .query((ResultSet row) -> {
                    years.computeIfAbsent(row.getInt("year"), y -> new java.util.ArrayList<>()).add(revision(row));
                });
        return years;
    }

    private static Revision revision(ResultSet row) throws SQLException {
        return new Revision(row.getInt("revision"), row.getBigDecimal("revenue_cny"),
                            row.getObject("reported_on", LocalDate.class), Disclosure.valueOf(row.getString("disclosure")),
                            row.getString("source"), row.getString("note"),
                            row.getObject("recorded_at", OffsetDateTime.class).toInstant(), row.getString("submitted_by"));
    }
}
