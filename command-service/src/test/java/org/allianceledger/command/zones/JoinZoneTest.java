package org.allianceledger.command.zones;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.events.AllianceEvent;
import org.allianceledger.platform.domain.RefusalCode;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.allianceledger.command.RefusalMatcher.refused;
import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.zones.ZoneFixtures.JIBEI;
import static org.allianceledger.command.zones.ZoneFixtures.JOINED_ON;
import static org.allianceledger.command.zones.ZoneFixtures.YANZHOU;
import static org.allianceledger.command.zones.ZoneFixtures.joinZone;
import static org.allianceledger.command.zones.ZoneFixtures.joinedZone;
import static org.assertj.core.api.Assertions.assertThat;

/** Joining a zone is the alliance's command, decided under the alliance's lock. */
class JoinZoneTest {

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alliance.class);
    }

    @Test
    void anAllianceJoinsAZone() {
        fixture.given(Yanzhou.allianceFounded())
               .when(joinZone(JIBEI, JOINED_ON))
               .expectEvents(joinedZone(JIBEI, JOINED_ON))
               .expectResultMessagePayload(new ZoneMembership(ALLIANCE, JIBEI, 2));
    }

    @Test
    void joiningTheSameZoneOnTheSameDayAgainAnswersTheSameAndRecordsNothing() {
        fixture.given(Yanzhou.allianceFounded(), joinedZone(JIBEI, JOINED_ON))
               .when(joinZone(JIBEI, JOINED_ON))
               .expectNoEvents()
               .expectResultMessagePayload(new ZoneMembership(ALLIANCE, JIBEI, 2));
    }

    @Test
    void anAllianceIsInAtMostOneZone() {
        fixture.given(Yanzhou.allianceFounded(), joinedZone(JIBEI, JOINED_ON))
               .when(joinZone(YANZHOU, JOINED_ON))
               .expectNoEvents()
               .expectException(refused(RefusalCode.ALREADY_IN_ZONE));
    }

    @Test
    void joiningItsZoneAgainOnAnotherDayIsRefused() {
        fixture.given(Yanzhou.allianceFounded(), joinedZone(JIBEI, JOINED_ON))
               .when(joinZone(JIBEI, JOINED_ON.plusDays(1)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.ALREADY_IN_ZONE));
    }

    @Test
    void cannotJoinBeforeTheZoneWasFounded() {
        LocalDate zoneFounded = LocalDate.of(2023, 1, 10);
        fixture.given(Yanzhou.allianceFounded())
               .when(new JoinZone(ALLIANCE, JIBEI, zoneFounded.minusDays(1), zoneFounded))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void joiningOnTheZonesFoundingDayIsInOrder() {
        LocalDate zoneFounded = LocalDate.of(2023, 1, 10);
        fixture.given(Yanzhou.allianceFounded())
               .when(new JoinZone(ALLIANCE, JIBEI, zoneFounded, zoneFounded))
               .expectEvents(joinedZone(JIBEI, zoneFounded));
    }

    @Test
    void cannotJoinBeforeTheAllianceWasFounded() {
        fixture.given(Yanzhou.allianceFounded())
               .when(joinZone(JIBEI, Yanzhou.FOUNDED_ON.minusDays(1)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void anUnknownAllianceCannotJoin() {
        fixture.givenNoPriorActivity()
               .when(joinZone(JIBEI, JOINED_ON))
               .expectException(AggregateNotFoundException.class);
    }

    @Test
    void joiningIsPartOfTheAlliancesAudit() {
        AllianceEvent joined = joinedZone(JIBEI, JOINED_ON);
        assertThat(joined.allianceId()).isEqualTo(ALLIANCE);
        assertThat(joined.businessDate()).isEqualTo(JOINED_ON);
    }
}
