package org.allianceledger.query.alliances;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Alliances with their counts, chair and version, as the read models have applied them. */
@Repository
public class AllianceQueries {

    private static final String SELECT = """
            SELECT a.*, COALESCE(v.version, 0) AS version,
                   (SELECT count(*) FROM member_view m WHERE m.alliance_id = a.alliance_id AND m.left_on IS NULL) AS member_count,
                   (SELECT count(*) FROM application_view p WHERE p.alliance_id = a.alliance_id AND p.status = 'OPEN') AS open_applications,
                   (SELECT count(*) FROM deal_view d WHERE d.alliance_id = a.alliance_id) AS deals
            FROM alliance_view a LEFT JOIN alliance_version_view v ON v.alliance_id = a.alliance_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AllianceQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Charter(String votingRule, BigDecimal quorum, int chairTermMonths, int voteWindowDays,
                   int instructorsPerDepartment, int meetingEveryMonths) {
    }

    record AllianceView(String allianceId, String name, String industryChain, String region, LocalDate foundedOn,
                        List<String> leadingBodies, Charter charter, long memberCount, long dealCount,
                        long openApplications, String chair, LocalDate chairSince, LocalDate termEnds, long version,
                        LocalDate lastMeetingHeldOn, LocalDate meetingDueOn, boolean meetingOverdue) {
    }

    List<AllianceView> all() {
        return jdbc.sql(SELECT + " ORDER BY a.founded_on, a.alliance_id").query(this::view).list();
    }

    Optional<AllianceView> one(String allianceId) {
        return jdbc.sql(SELECT + " WHERE a.alliance_id = ?").param(allianceId).query(this::view).optional();
    }

    boolean exists(String allianceId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM alliance_view WHERE alliance_id = ?)")
                .param(allianceId).query(Boolean.class).single();
    }

    /** How many of the alliance's events the read models have applied; 0 for an alliance they do not know. */
    public long version(String allianceId) {
        return jdbc.sql("SELECT version FROM alliance_version_view WHERE alliance_id = ?")
                .param(allianceId).query(Long.class).optional().orElse(0L);
    }

    private AllianceView view(ResultSet row, int index) throws SQLException {
        Charter charter = new Charter(row.getString("voting_rule"), row.getBigDecimal("quorum").stripTrailingZeros(),
                                      row.getInt("chair_term_months"), row.getInt("vote_window_days"),
                                      row.getInt("instructors_per_department"), row.getInt("meeting_every_months"));
        LocalDate chairSince = row.getObject("chair_since", LocalDate.class);
        return new AllianceView(row.getString("alliance_id"), row.getString("name"), row.getString("industry_chain"),
                                row.getString("region"), row.getObject("founded_on", LocalDate.class),
                                List.of(json.readValue(row.getString("leading_bodies"), String[].class)), charter,
                                row.getLong("member_count"), row.getLong("deals"), row.getLong("open_applications"),
                                row.getString("chair"), chairSince,
                                org.allianceledger.events.Charter.termEnds(chairSince, charter.chairTermMonths()),
                                row.getLong("version"), row.getObject("meeting_last_held_on", LocalDate.class),
                                meetingDueOn(row, charter), row.getBoolean("meeting_overdue"));
    }

    /** The last day a joint meeting is due by: the cadence's months after the last one held, or the founding. */
    private static LocalDate meetingDueOn(ResultSet row, Charter charter) throws SQLException {
        LocalDate last = row.getObject("meeting_last_held_on", LocalDate.class);
        LocalDate from = last != null ? last : row.getObject("founded_on", LocalDate.class);
        return from.plusMonths(charter.meetingEveryMonths());
    }
}
