package org.allianceledger.command.zones;

import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.web.Slug;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.allianceledger.command.RefusalMatcher.refused;
import static org.allianceledger.command.zones.ZoneFixtures.JIBEI;
import static org.allianceledger.command.zones.ZoneFixtures.foundZone;
import static org.allianceledger.command.zones.ZoneFixtures.zoneFounded;
import static org.assertj.core.api.Assertions.assertThat;

class ZoneTest {

    private FixtureConfiguration<Zone> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Zone.class);
    }

    @Test
    void foundingAZoneRecordsItsFounding() {
        fixture.givenNoPriorActivity()
               .when(foundZone(JIBEI))
               .expectEvents(zoneFounded(JIBEI))
               .expectResultMessagePayload(new ZoneVersion(JIBEI, 1));
    }

    @Test
    void foundingAgainWithTheSameBodyAnswersTheSameAndRecordsNothing() {
        fixture.given(zoneFounded(JIBEI))
               .when(foundZone(JIBEI))
               .expectNoEvents()
               .expectResultMessagePayload(new ZoneVersion(JIBEI, 1));
    }

    @Test
    void aZoneIdReusedWithAnotherBodyIsRefused() {
        FoundZone renamed = new FoundZone(JIBEI, "济北开发区", "济阳区", "济北经济开发区党工委", ZoneFixtures.FOUNDED_ON);
        fixture.given(zoneFounded(JIBEI))
               .when(renamed)
               .expectNoEvents()
               .expectException(refused(RefusalCode.ID_ALREADY_USED));
    }

    @Test
    void aZonesEventsAreStoredUnderAnIdentifierNoAllianceSlugCanHave() {
        String stream = foundZone(JIBEI).stream();
        assertThat(stream).isNotEqualTo(JIBEI).endsWith(JIBEI);
        assertThat(stream).doesNotMatch(Slug.PATTERN);
    }
}
