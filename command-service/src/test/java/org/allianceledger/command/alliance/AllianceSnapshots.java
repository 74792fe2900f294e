package org.allianceledger.command.alliance;

import org.allianceledger.platform.messaging.MessagingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;

import java.util.ArrayList;
import java.util.List;

import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots of Yanzhou's alliance as the event store takes them: the alliance sourced from events, serialized with the
 * ledger's own serializer and restored.
 */
public final class AllianceSnapshots {

    private AllianceSnapshots() {
    }

    /** What a snapshot holds, and the alliance restored from it. */
    public record Snapshot(String data, Alliance restored) {
    }

    /** Yanzhou's alliance as the events, in order, leave it. */
    public static Alliance sourced(Object... events) {
        EventSourcedAggregate<Alliance> aggregate = EventSourcedAggregate.initialize(
                new Alliance(), AnnotatedAggregateMetaModelFactory.inspectAggregate(Alliance.class),
                SimpleEventBus.builder().build(), NoSnapshotTriggerDefinition.TRIGGER);
        List<GenericDomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            messages.add(new GenericDomainEventMessage<>("Alliance", ALLIANCE, i, events[i]));
        }
        aggregate.initializeState(DomainEventStream.of(messages.stream()));
        return aggregate.getAggregateRoot();
    }

    /**
     * Takes a snapshot of the alliance and restores it, checking that the restored alliance is the same in every field
     * and serializes to the same snapshot again.
     */
    public static Snapshot roundTrip(Alliance alliance) {
        Jackson3Serializer serializer = Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(MessagingConfiguration.ledgerTypes())
                .build();
        SerializedObject<String> snapshot = serializer.serialize(alliance, String.class);
        Alliance restored = serializer.deserialize(snapshot);
        assertThat(restored).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(alliance);
        assertThat(serializer.serialize(restored, String.class).getData()).isEqualTo(snapshot.getData());
        return new Snapshot(snapshot.getData(), restored);
    }
}
