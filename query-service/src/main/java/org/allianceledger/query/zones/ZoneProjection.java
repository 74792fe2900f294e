package org.allianceledger.query.zones;

import org.allianceledger.events.AllianceJoinedZone;
import org.allianceledger.events.ZoneFounded;
import org.allianceledger.query.projections.ProjectionGroup;
import org.allianceledger.query.projections.ReadModelWriter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Zones, and which alliance joined which zone on which day. Members, chairs and enterprises stay in the alliances'
 * read models: the zone view joins them as of the day asked, so no fact is projected twice.
 */
@Component
@ProcessingGroup(ProjectionGroup.NAME)
class ZoneProjection {

    private static final ReadModelWriter.Table ZONE = new ReadModelWriter.Table(
            "zone", "zone_id", "name", "region", "committee", "founded_on", "recorded_at");
    private static final ReadModelWriter.Table ZONE_ALLIANCE = new ReadModelWriter.Table(
            "zone_alliance", "alliance_id", "zone_id", "joined_on");

    private final JdbcClient jdbc;
    private final ReadModelWriter writer;

    ZoneProjection(JdbcClient jdbc, ReadModelWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @EventHandler
    void on(ZoneFounded founded, @Timestamp Instant recordedAt) {
        writer.insert(ZONE, founded.zoneId(), founded.name(), founded.region(), founded.committee(),
                      founded.foundedOn(), OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC));
    }

    @EventHandler
    void on(AllianceJoinedZone joined) {
        writer.insert(ZONE_ALLIANCE, joined.allianceId(), joined.zoneId(), joined.joinedOn());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE zone, zone_alliance").update();
    }
}
