package org.allianceledger.command.alliance;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.platform.domain.RefusalCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static org.allianceledger.command.RefusalMatcher.refused;
import static org.allianceledger.command.zones.ZoneFixtures.JIBEI;
import static org.allianceledger.command.zones.ZoneFixtures.JOINED_ON;
import static org.allianceledger.command.zones.ZoneFixtures.YANZHOU;
import static org.allianceledger.command.zones.ZoneFixtures.joinZone;
import static org.allianceledger.command.zones.ZoneFixtures.joinedZone;
import static org.assertj.core.api.Assertions.assertThat;

/** The alliance's zone is decision state: a snapshot keeps it, so an alliance loaded from one still refuses a second. */
class ZoneInSnapshotTest {

    @Test
    void theZoneJoinedSurvivesASnapshot() {
        AllianceSnapshots.Snapshot snapshot = AllianceSnapshots.roundTrip(
                AllianceSnapshots.sourced(Yanzhou.allianceFounded(), joinedZone(JIBEI, JOINED_ON)));
        assertThat(snapshot.data()).contains("\"zoneId\":\"" + JIBEI + "\"", JOINED_ON.toString());
        Alliance restored = snapshot.restored();
        new AggregateTestFixture<>(Alliance.class)
                .givenState(() -> restored)
                .when(joinZone(YANZHOU, JOINED_ON))
                .expectException(refused(RefusalCode.ALREADY_IN_ZONE));
    }
}
