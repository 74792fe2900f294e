package org.allianceledger.query.zones;

import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.query.departments.DepartmentQueries;
import org.allianceledger.query.departments.DepartmentQueries.InstructorDepartment;
import org.allianceledger.query.departments.DepartmentQueries.PartnerDepartment;
import org.allianceledger.query.departments.DepartmentQueries.ServedMember;
import org.allianceledger.query.members.MemberQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads of zones: their own rows, joined with the alliances' members, chair terms and partner departments as of the
 * day asked. An enterprise that sits in two of a zone's alliances is one enterprise of the zone, and so is a
 * department that partners two of them.
 */
@Repository
class ZoneQueries {

    /** The members of the zone's alliances now or at the end of {@code :asOf}, of alliances that had joined by then. */
    private static final String MEMBERS = """
            SELECT m.alliance_id, m.enterprise_id, m.name FROM zone_alliance_view za
            JOIN member_view m ON m.alliance_id = za.alliance_id
            WHERE za.zone_id = :zone AND (CAST(:asOf AS date) IS NULL OR za.joined_on <= :asOf) AND\s"""
            + MemberQueries.memberAsOf("m") + " ORDER BY m.enterprise_id, m.member_since, m.alliance_id";

    /** Each alliance of the zone by the day, with the chair whose term had begun last by then. */
    private static final String ALLIANCES = """
            SELECT za.alliance_id, a.name, za.joined_on, c.chair, %s AS chair_name
            FROM zone_alliance_view za JOIN alliance_view a ON a.alliance_id = za.alliance_id
            LEFT JOIN LATERAL (SELECT t.chair FROM chair_term_view t WHERE t.alliance_id = za.alliance_id
                               AND t.since <= :day ORDER BY t.term_no DESC LIMIT 1) c ON true
            WHERE za.zone_id = :zone AND za.joined_on <= :day
            ORDER BY za.joined_on, za.alliance_id""".formatted(MemberQueries.latestName("za.alliance_id", "c.chair"));

    private static final String ZONES = """
            SELECT z.*,
                   (SELECT count(*) FROM zone_alliance_view za WHERE za.zone_id = z.zone_id) AS alliance_count,
                   (SELECT count(DISTINCT m.enterprise_id) FROM zone_alliance_view za
                    JOIN member_view m ON m.alliance_id = za.alliance_id
                    WHERE za.zone_id = z.zone_id AND\s""" + MemberQueries.memberAsOf("m") + """
                   ) AS enterprise_count
            FROM zone_view z ORDER BY z.founded_on, z.zone_id""";

    private final JdbcClient jdbc;
    private final DepartmentQueries departments;

    ZoneQueries(JdbcClient jdbc, DepartmentQueries departments) {
        this.jdbc = jdbc;
        this.departments = departments;
    }

    private record Founding(String name, String region, String committee, LocalDate foundedOn) {
    }

    record ZoneSummary(String zoneId, String name, String region, String committee, LocalDate foundedOn,
                       long allianceCount, long enterpriseCount) {
    }

    record ZoneAlliance(String allianceId, String name, LocalDate joinedOn, long memberCount, String chair,
                        String chairName) {
    }

    record ZoneEnterprise(String id, String name, List<String> alliances) {
    }

    record ZoneDepartment(String id, String name, List<String> alliances) {
    }

    record ZoneInstructor(String allianceId, String id, String name, InstructorDepartment department,
                          List<ServedMember> serves) {
    }

    record ZoneView(String zoneId, String name, String region, String committee, LocalDate foundedOn, LocalDate asOf,
                    long allianceCount, long enterpriseCount, long departmentCount, long instructorCount,
                    List<ZoneAlliance> alliances, List<ZoneEnterprise> enterprises, List<ZoneDepartment> departments,
                    List<ZoneInstructor> instructors) {
    }

    /** Every zone, with its alliances and distinct enterprises now. */
    List<ZoneSummary> zones() {
        return jdbc.sql(ZONES).param("asOf", null).query((row, i) -> summary(row)).list();
    }

    /** The zone now ({@code asOf} null) or at the end of business day {@code asOf}; empty if there is no such zone. */
    Optional<ZoneView> zone(String zoneId, LocalDate asOf) {
        Optional<Founding> zone = jdbc.sql("SELECT name, region, committee, founded_on FROM zone_view WHERE zone_id = ?")
                .param(zoneId)
                .query((row, i) -> new Founding(row.getString("name"), row.getString("region"),
                                                row.getString("committee"), row.getObject("founded_on", LocalDate.class)))
                .optional();
        if (zone.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> memberCounts = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, TreeSet<String>> sitsIn = new LinkedHashMap<>();
        jdbc.sql(MEMBERS).param("zone", zoneId).param("asOf", asOf).query((ResultSet row) -> {
            String alliance = row.getString("alliance_id");
            String enterprise = row.getString("enterprise_id");
            memberCounts.merge(alliance, 1L, Long::sum);
            names.put(enterprise, row.getString("name")); // periods come oldest first: the last is its latest name
            sitsIn.computeIfAbsent(enterprise, e -> new TreeSet<>()).add(alliance);
        });
        List<ZoneEnterprise> enterprises = new ArrayList<>();
        names.forEach((id, name) -> enterprises.add(new ZoneEnterprise(id, name, List.copyOf(sitsIn.get(id)))));
        List<ZoneAlliance> alliances = jdbc.sql(ALLIANCES).param("zone", zoneId)
                .param("day", asOf == null ? BusinessCalendar.today() : asOf)
                .query((row, i) -> alliance(row, memberCounts)).list();
        Map<String, ZoneDepartment> partners = new TreeMap<>();
        List<ZoneInstructor> instructors = new ArrayList<>();
        for (ZoneAlliance alliance : alliances) {
            for (PartnerDepartment partner : departments.partners(alliance.allianceId(), asOf)) {
                partners.computeIfAbsent(partner.id(), id -> new ZoneDepartment(id, partner.name(), new ArrayList<>()))
                        .alliances().add(alliance.allianceId());
                partner.instructors().forEach(i -> instructors.add(new ZoneInstructor(
                        alliance.allianceId(), i.id(), i.name(), i.department(), i.serves())));
            }
        }
        Founding z = zone.get();
        return Optional.of(new ZoneView(zoneId, z.name(), z.region(), z.committee(), z.foundedOn(), asOf,
                                        alliances.size(), enterprises.size(), partners.size(), instructors.size(),
                                        alliances, enterprises, List.copyOf(partners.values()), instructors));
    }

    private static ZoneSummary summary(ResultSet row) throws SQLException {
        return new ZoneSummary(row.getString("zone_id"), row.getString("name"), row.getString("region"),
                               row.getString("committee"), row.getObject("founded_on", LocalDate.class),
                               row.getLong("alliance_count"), row.getLong("enterprise_count"));
    }

    private static ZoneAlliance alliance(ResultSet row, Map<String, Long> memberCounts) throws SQLException {
        String id = row.getString("alliance_id");
        return new ZoneAlliance(id, row.getString("name"), row.getObject("joined_on", LocalDate.class),
                                memberCounts.getOrDefault(id, 0L), row.getString("chair"), row.getString("chair_name"));
    }
}
