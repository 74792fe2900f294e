package org.allianceledger.query.activities;

import org.allianceledger.events.ActivityKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The alliance's activities by day, with their participants by name (members' and departments' latest). */
@Repository
class ActivityQueries {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ActivityQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Participant(String id, String name) {
    }

    record Participants(List<Participant> members, List<Participant> departments) {
    }

    record ActivityView(String activityId, ActivityKind kind, String title, LocalDate heldOn, Participants participants,
                        BigDecimal donationsCny, Integer beneficiaries, Instant recordedAt) {
    }

    /** The activities of the given kinds held from {@code from} through {@code until} (either open), by day. */
    List<ActivityView> activities(String allianceId, Set<ActivityKind> kinds, LocalDate from, LocalDate until) {
        Map<String, String> members = names("""
                SELECT DISTINCT ON (enterprise_id) enterprise_id, name FROM member_view WHERE alliance_id = ?
                ORDER BY enterprise_id, member_since DESC""", allianceId);
        Map<String, String> departments = names("""
                SELECT DISTINCT ON (department_id) department_id, name FROM partner_department_view WHERE alliance_id = ?
                ORDER BY department_id, joined_on DESC""", allianceId);
        return jdbc.sql("""
                SELECT * FROM activity_view WHERE alliance_id = :alliance AND kind IN (:kinds)
                  AND (CAST(:from AS date) IS NULL OR held_on >= :from)
                  AND (CAST(:until AS date) IS NULL OR held_on <= :until)
                ORDER BY held_on, activity_id""")
                .param("alliance", allianceId)
                .param("kinds", kinds.stream().map(Enum::name).toList())
                .param("from", from)
                .param("until", until)
                .query((row, i) -> activity(row, members, departments))
                .list();
    }

    private ActivityView activity(ResultSet row, Map<String, String> members, Map<String, String> departments)
            throws SQLException {
        Participants participants = new Participants(named(row.getString("participant_members"), members),
                                                     named(row.getString("participant_departments"), departments));
        return new ActivityView(row.getString("activity_id"), ActivityKind.valueOf(row.getString("kind")),
                                row.getString("title"), row.getObject("held_on", LocalDate.class), participants,
                                row.getBigDecimal("donations_cny"), row.getObject("beneficiaries", Integer.class),
                                row.getTimestamp("recorded_at").toInstant());
    }

    private List<Participant> named(String ids, Map<String, String> names) {
        return List.of(json.readValue(ids, String[].class)).stream().map(id -> new Participant(id, names.get(id))).toList();
    }

    private Map<String, String> names(String sql, String allianceId) {
        Map<String, String> names = new HashMap<>();
        jdbc.sql(sql).param(allianceId).query(row -> {
            names.put(row.getString(1), row.getString(2));
        });
        return names;
    }
}
