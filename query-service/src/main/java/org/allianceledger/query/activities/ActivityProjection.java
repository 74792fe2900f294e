package org.allianceledger.query.activities;

import org.allianceledger.events.ActivityRecorded;
import org.allianceledger.query.projections.ProjectionGroup;
import org.allianceledger.query.projections.ReadModelWriter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

/** The alliance's activities as recorded; keyed by their id, so a repeat writes nothing twice. */
@Component
@ProcessingGroup(ProjectionGroup.NAME)
class ActivityProjection {

    private final JdbcClient jdbc;
    private final ReadModelWriter writer;
    private final JsonMapper json;

    ActivityProjection(JdbcClient jdbc, ReadModelWriter writer, JsonMapper json) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.json = json;
    }

    @EventHandler
    void on(ActivityRecorded activity, @Timestamp Instant recordedAt) {
        writer.update("""
                INSERT INTO activity (alliance_id, activity_id, kind, title, held_on, participant_members,
                    participant_departments, donations_cny, beneficiaries, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)
                ON CONFLICT (alliance_id, activity_id) DO NOTHING""",
                activity.allianceId(), activity.activityId(), activity.kind().name(), activity.title(),
                activity.heldOn(), json.writeValueAsString(activity.participants().members()),
                json.writeValueAsString(activity.participants().departments()), activity.donationsCny(),
                activity.beneficiaries(), java.sql.Timestamp.from(recordedAt));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE activity").update();
    }
}
