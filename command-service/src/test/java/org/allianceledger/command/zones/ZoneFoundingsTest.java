package org.allianceledger.command.zones;

import org.allianceledger.events.ZoneFounded;
import org.allianceledger.events.ZoneStream;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import static org.allianceledger.command.Yanzhou.allianceFounded;
import static org.allianceledger.command.zones.ZoneFixtures.FOUNDED_ON;
import static org.allianceledger.command.zones.ZoneFixtures.JIBEI;
import static org.allianceledger.command.zones.ZoneFixtures.zoneFounded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A join first looks its zone up in the event store, by the zone's own identifier. */
class ZoneFoundingsTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final ZoneFoundings zones = new ZoneFoundings(store);

    @Test
    void aZoneIsFoundWithItsFoundingDay() {
        store.publish(new GenericDomainEventMessage<>("Zone", ZoneStream.of(JIBEI), 0, zoneFounded(JIBEI)));
        assertThat(zones.foundedOn(JIBEI)).isEqualTo(FOUNDED_ON);
    }

    @Test
    void anUnknownZoneIsNotFound() {
        assertThatThrownBy(() -> zones.foundedOn(JIBEI))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo(RefusalCode.ZONE_NOT_FOUND));
    }

    @Test
    void anAllianceIsNoZoneThoughItHasTheSameSlug() {
        store.publish(new GenericDomainEventMessage<>("Alliance", JIBEI, 0, allianceFounded()));
        assertThatThrownBy(() -> zones.foundedOn(JIBEI))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo(RefusalCode.ZONE_NOT_FOUND));
    }

    @Test
    void aZoneMayShareItsSlugWithAnAlliance() {
        store.publish(new GenericDomainEventMessage<>("Alliance", JIBEI, 0, allianceFounded()));
        store.publish(new GenericDomainEventMessage<>("Zone", ZoneStream.of(JIBEI), 0, zoneFounded(JIBEI)));
        assertThat(zones.foundedOn(JIBEI)).isEqualTo(FOUNDED_ON);
        assertThat(store.readEvents(JIBEI).asStream().count()).isEqualTo(1);
        assertThat(store.readEvents(ZoneStream.of(JIBEI)).asStream().map(e -> e.getPayload()).toList())
                .singleElement().isInstanceOf(ZoneFounded.class);
    }
}
