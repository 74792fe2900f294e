package org.allianceledger.command.alliance;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.messaging.MessagingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.allianceledger.command.RefusalMatcher.refused;
import static org.allianceledger.command.Yanzhou.ALLIANCE;
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
        Jackson3Serializer serializer = Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(MessagingConfiguration.ledgerTypes()).build();
        EventSourcedAggregate<Alliance> aggregate = EventSourcedAggregate.initialize(
                new Alliance(), AnnotatedAggregateMetaModelFactory.inspectAggregate(Alliance.class),
                SimpleEventBus.builder().build(), NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(Stream.of(
                new GenericDomainEventMessage<>("Alliance", ALLIANCE, 0, Yanzhou.allianceFounded()),
                new GenericDomainEventMessage<>("Alliance", ALLIANCE, 1, joinedZone(JIBEI, JOINED_ON)))));

        SerializedObject<String> snapshot = serializer.serialize(aggregate.getAggregateRoot(), String.class);
        assertThat(snapshot.getData()).contains("\"zoneId\":\"" + JIBEI + "\"", JOINED_ON.toString());
        Alliance restored = serializer.deserialize(snapshot);
        new AggregateTestFixture<>(Alliance.class)
                .givenState(() -> restored)
                .when(joinZone(YANZHOU, JOINED_ON))
                .expectException(refused(RefusalCode.ALREADY_IN_ZONE));
    }
}
