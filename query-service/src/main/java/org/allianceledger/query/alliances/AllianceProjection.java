package org.allianceledger.query.alliances;

import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.MeetingOverdue;
import org.allianceledger.events.MeetingRecorded;
import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.query.projections.ProjectionGroup;
import org.allianceledger.query.projections.ReadModelWriter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;

@Component
@ProcessingGroup(ProjectionGroup.NAME)
class AllianceProjection {

    private final JdbcClient jdbc;
    private final ReadModelWriter writer;
    private final JsonMapper json;

    AllianceProjection(JdbcClient jdbc, JsonMapper json, ReadModelWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.json = json;
    }

    @EventHandler
    void on(AllianceFounded founded, @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
        writer.update("""
                INSERT INTO alliance (alliance_id, name, industry_chain, region, founded_on, leading_bodies,
                    voting_rule, quorum, chair_term_months, vote_window_days, instructors_per_department,
                    meeting_every_months, chair, chair_since, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (alliance_id) DO NOTHING""",
                founded.allianceId(), founded.name(), founded.industryChain(), founded.region(),
                        founded.foundedOn(), json.writeValueAsString(founded.leadingBodies()),
                        founded.charter().votingRule().name(), founded.charter().quorum(),
                        founded.charter().chairTermMonths(), founded.charter().voteWindowDays(),
                        founded.charter().instructorsPerDepartment(), founded.charter().meetingEveryMonths(),
                        founded.initialChair(), founded.foundedOn(), Timestamp.from(recordedAt));
    }

    @EventHandler
    void on(RotationHandedOver handedOver) {
        writer.update("UPDATE alliance SET chair = ?, chair_since = ? WHERE alliance_id = ?",
                handedOver.to(), handedOver.effectiveOn(), handedOver.allianceId());
    }

    /** As the command side's cadence: only a meeting held after the last one (or the founding) moves it and clears it. */
    @EventHandler
    void on(MeetingRecorded recorded) {
        writer.update("""
                UPDATE alliance SET meeting_last_held_on = ?, meeting_overdue = false
                WHERE alliance_id = ? AND ? > COALESCE(meeting_last_held_on, founded_on)""",
                recorded.heldOn(), recorded.allianceId(), recorded.heldOn());
    }

    @EventHandler
    void on(MeetingOverdue overdue) {
        writer.update("""
                UPDATE alliance SET meeting_overdue = true
                WHERE alliance_id = ? AND COALESCE(meeting_last_held_on, founded_on) = ?""",
                overdue.allianceId(), overdue.lastHeldOn());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE alliance").update();
        jdbc.sql("TRUNCATE alliance_version").update();
    }
}
