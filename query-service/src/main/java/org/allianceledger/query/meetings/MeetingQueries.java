package org.allianceledger.query.meetings;

import org.allianceledger.query.members.MemberQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Joint meetings with their host (the chair on the meeting's day, from the chair terms; when the rotation is handed
 * over at the meeting itself, the chair who handed it over, as the flag passes at the meeting), attendees (members by their
 * latest name), agenda, minutes and the decisions taken at them.
 */
@Repository
class MeetingQueries {

    enum MeetingStatus { SCHEDULED, HELD, CANCELLED }

    private static final String SELECT = """
            SELECT m.*, COALESCE(m.held_on, m.scheduled_on) AS day,
                   (SELECT t.chair FROM chair_term_view t WHERE t.alliance_id = m.alliance_id
                      AND t.since <= COALESCE(m.held_on, m.scheduled_on)
                      AND NOT EXISTS (SELECT 1 FROM meeting_decision_view d WHERE d.alliance_id = t.alliance_id
                                      AND d.meeting_id = m.meeting_id AND d.kind = 'HANDOVER_EFFECTIVE'
                                      AND d.sequence_no = t.term_no)
                      ORDER BY t.term_no DESC LIMIT 1) AS host
            FROM meeting_view m WHERE m.alliance_id = :alliance""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MeetingQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record MeetingEnterprise(String id, String name) {
    }

    record MeetingAttendance(List<MeetingEnterprise> members, List<String> departments) {
    }

    /**
     * One thing decided at a meeting: {@code VOTE_CAST} on an application or a motion (its applicationId or motionId;
     * enterprise: the voter; decision FOR, AGAINST or ABSTAIN), {@code APPLICATION_DECIDED} (enterprise: the applicant;
     * decision APPROVED or REJECTED), {@code MOTION_DECIDED} (enterprise: the motion's subject; decision APPROVED or
     * REJECTED) or {@code HANDOVER_EFFECTIVE} (enterprise: the new chair; from: the one who handed over).
     */
    record MeetingDecision(String kind, LocalDate on, String applicationId, String motionId,
                           MeetingEnterprise enterprise, String decision, String from) {
    }

    record MeetingView(String meetingId, String title, LocalDate scheduledOn, LocalDate heldOn, LocalDate day,
                       MeetingStatus status, MeetingEnterprise host, List<String> agenda, MeetingAttendance attendees,
                       String minutes, String cancellationReason, LocalDate cancelledOn, Instant recordedAt,
                       List<MeetingDecision> decisions) {
    }

    /**
     * The alliance's meetings in any of the given statuses, by day. As of a day: the meetings whose day had come by its
     * end, in the status they had then.
     */
    List<MeetingView> meetings(String allianceId, Set<MeetingStatus> statuses, LocalDate asOf) {
        Map<String, String> names = names(allianceId);
        return jdbc.sql(SELECT + " ORDER BY day, m.meeting_id").param("alliance", allianceId)
                .query((row, i) -> meeting(row, names, asOf, List.of()))
                .list().stream()
                .filter(meeting -> asOf == null || !meeting.day().isAfter(asOf))
                .filter(meeting -> statuses.contains(meeting.status()))
                .map(meeting -> withDecisions(allianceId, meeting, names))
                .toList();
    }

    Optional<MeetingView> meeting(String allianceId, String meetingId, LocalDate asOf) {
        Map<String, String> names = names(allianceId);
        return jdbc.sql(SELECT + " AND m.meeting_id = :meeting").param("alliance", allianceId).param("meeting", meetingId)
                .query((row, i) -> meeting(row, names, asOf, List.of()))
                .optional()
                .filter(meeting -> asOf == null || !meeting.day().isAfter(asOf))
                .map(meeting -> withDecisions(allianceId, meeting, names));
    }

    private MeetingView withDecisions(String allianceId, MeetingView m, Map<String, String> names) {
        List<MeetingDecision> decisions = jdbc.sql("""
                SELECT d.*, COALESCE(%s, (SELECT p.applicant_name FROM application_view p
                        WHERE p.alliance_id = d.alliance_id AND p.application_id = d.application_id)) AS name
                FROM meeting_decision_view d WHERE d.alliance_id = ? AND d.meeting_id = ? ORDER BY d.sequence_no"""
                        .formatted(MemberQueries.latestName("d.alliance_id", "d.enterprise_id")))
                .params(allianceId, m.meetingId())
                .query((row, i) -> new MeetingDecision(row.getString("kind"), row.getObject("decided_on", LocalDate.class),
                        row.getString("application_id"), row.getString("motion_id"),
                        new MeetingEnterprise(row.getString("enterprise_id"), row.getString("name")),
                        row.getString("decision"), row.getString("handed_from")))
                .list();
        return new MeetingView(m.meetingId(), m.title(), m.scheduledOn(), m.heldOn(), m.day(), m.status(), m.host(),
                           m.agenda(), m.attendees(), m.minutes(), m.cancellationReason(), m.cancelledOn(),
                           m.recordedAt(), decisions);
    }

    /** Every enterprise that was a member, by its latest name. */
    private Map<String, String> names(String allianceId) {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (enterprise_id) enterprise_id, name FROM member_view WHERE alliance_id = ?
                ORDER BY enterprise_id, member_since DESC""")
                .param(allianceId)
                .query(row -> {
                    names.put(row.getString(1), row.getString(2));
                });
        return names;
    }

    private MeetingView meeting(ResultSet row, Map<String, String> names, LocalDate asOf, List<MeetingDecision> decisions)
            throws SQLException {
        LocalDate heldOn = row.getObject("held_on", LocalDate.class);
        LocalDate cancelledOn = row.getObject("cancelled_on", LocalDate.class);
        MeetingStatus status = MeetingStatus.valueOf(row.getString("status"));
        if (asOf != null && status == MeetingStatus.CANCELLED && cancelledOn.isAfter(asOf)) {
            status = MeetingStatus.SCHEDULED; // not yet cancelled at the end of that day
        }
        String host = row.getString("host");
        MeetingAttendance attendees = null;
        if (row.getString("attendee_members") != null) {
            attendees = new MeetingAttendance(
                    strings(row.getString("attendee_members")).stream()
                            .map(id -> new MeetingEnterprise(id, names.get(id))).toList(),
                    strings(row.getString("attendee_departments")));
        }
        return new MeetingView(row.getString("meeting_id"), row.getString("title"),
                           row.getObject("scheduled_on", LocalDate.class), heldOn, row.getObject("day", LocalDate.class),
                           status, host == null ? null : new MeetingEnterprise(host, names.get(host)),
                           strings(row.getString("agenda")), attendees, row.getString("minutes"),
                           status == MeetingStatus.CANCELLED ? row.getString("cancellation_reason") : null,
                           status == MeetingStatus.CANCELLED ? cancelledOn : null,
                           row.getTimestamp("recorded_at").toInstant(), decisions);
    }

    private List<String> strings(String array) {
        return List.of(json.readValue(array, String[].class));
    }
}
