package org.allianceledger.query.zones;

import org.allianceledger.events.AllianceJoinedZone;
import org.allianceledger.events.ZoneFounded;
import org.allianceledger.events.ZoneStream;
import org.allianceledger.query.projections.ProjectionBench;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.allianceledger.query.projections.ProjectionBench.anAlliance;
import static org.assertj.core.api.Assertions.assertThat;

class ZoneProjectionTest {

    static final ProjectionBench bench = ProjectionBench.on("projection_zones");
    static final LocalDate FOUNDED_ON = LocalDate.of(2021, 3, 1);
    static final LocalDate JOINED_ON = LocalDate.of(2023, 2, 1);

    final String zone = "zone-" + UUID.randomUUID().toString().substring(0, 8);
    final String alliance = anAlliance();
    final ProjectionBench.Feed zones = bench.feed(new ZoneProjection(bench.jdbc(), bench.writer()));

    /** The zone's founding, as the command side stores it: in the zone's own stream. */
    static DomainEventMessage<ZoneFounded> founded(String zone, String name) {
        return new GenericDomainEventMessage<>("Zone", ZoneStream.of(zone), 0,
                                               new ZoneFounded(zone, name, "济阳区, 济南市", "济北经济开发区党工委", FOUNDED_ON),
                                               MetaData.emptyInstance(), UUID.randomUUID().toString(),
                                               Instant.parse("2026-11-02T08:00:00Z"));
    }

    List<Map<String, Object>> zoneRows() {
        return bench.rows("SELECT zone_id, name, region, committee, founded_on FROM zone WHERE zone_id = ?", zone);
    }

    List<Map<String, Object>> joins() {
        return bench.rows("SELECT alliance_id, zone_id, joined_on FROM zone_alliance WHERE zone_id = ?", zone);
    }

    @Test
    void aZoneIsStoredWithItsNamesByteForByte() {
        zones.live(founded(zone, "济北经济开发区 \uD840\uDC00"));

        assertThat(zoneRows()).containsExactly(Map.of("zone_id", zone, "name", "济北经济开发区 \uD840\uDC00",
                                                      "region", "济阳区, 济南市", "committee", "济北经济开发区党工委",
                                                      "founded_on", Date.valueOf(FOUNDED_ON)));
    }

    @Test
    void anAllianceIsInTheZoneFromTheDayItJoined() {
        zones.live(founded(zone, "济北经济开发区"));
        zones.live(new AllianceJoinedZone(alliance, zone, JOINED_ON));

        assertThat(joins()).containsExactly(Map.of("alliance_id", alliance, "zone_id", zone,
                                                   "joined_on", Date.valueOf(JOINED_ON)));
    }

    @Test
    void aJoinMayArriveBeforeItsZoneFromAnotherSegment() {
        zones.live(new AllianceJoinedZone(alliance, zone, JOINED_ON));
        zones.live(founded(zone, "济北经济开发区"));

        assertThat(joins()).hasSize(1);
        assertThat(zoneRows()).hasSize(1);
    }

    @Test
    void aReplayGivesTheSameRowsAsTheLiveEvents() {
        zones.live(founded(zone, "济北经济开发区"));
        zones.live(new AllianceJoinedZone(alliance, zone, JOINED_ON));
        List<Map<String, Object>> live = List.of(Map.of("zones", zoneRows(), "joins", joins()));

        zones.reset();
        zones.replayed(founded(zone, "济北经济开发区"), bench.message(new AllianceJoinedZone(alliance, zone, JOINED_ON)));

        assertThat(List.of(Map.of("zones", zoneRows(), "joins", joins()))).isEqualTo(live);
    }

    @Test
    void anEventHandedTwiceIsStoredOnce() {
        DomainEventMessage<ZoneFounded> founding = founded(zone, "济北经济开发区");
        zones.live(founding, founding);
        zones.live(new AllianceJoinedZone(alliance, zone, JOINED_ON), new AllianceJoinedZone(alliance, zone, JOINED_ON));

        assertThat(zoneRows()).hasSize(1);
        assertThat(joins()).hasSize(1);
    }
}
