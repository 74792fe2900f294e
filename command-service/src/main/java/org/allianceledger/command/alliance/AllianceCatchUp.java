package org.allianceledger.command.alliance;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateMetaModelFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.beans.factory.ObjectProvider;

import java.util.ArrayList;
import java.util.List;

/**
 * Brings a cached alliance up to the event store: it reads, through Axon's event store (upcasters and serializer
 * apply), the alliance's events from the one the entry was cached at, and applies those after it to the cached
 * aggregate as Axon applies events when it sources one. One query: only the entry's own event back means it is
 * current. The events must go on from the entry's without a gap; if they do not, or the store no longer holds the
 * entry's event (the store is behind the entry), it cannot be caught up and is sourced anew.
 * <p>
 * Axon's configuration is looked up at the first use, as it needs the cache to be built.
 */
final class AllianceCatchUp {

    private final ObjectProvider<Configuration> axon;
    private final ObjectProvider<SnapshotTriggerDefinition> snapshotTrigger;
    private volatile AggregateModel<Alliance> model;

    AllianceCatchUp(ObjectProvider<Configuration> axon, ObjectProvider<SnapshotTriggerDefinition> snapshotTrigger) {
        this.axon = axon;
        this.snapshotTrigger = snapshotTrigger;
    }

    /** The entry, or one caught up from it, or null if it cannot be caught up. */
    AggregateCacheEntry<Alliance> current(String allianceId, AggregateCacheEntry<Alliance> entry) {
        Configuration configuration = axon.getObject();
        EventStore store = configuration.eventStore();
        EventSourcedAggregate<Alliance> alliance = entry.recreateAggregate(
                model(configuration), store, configuration::repository, snapshotTrigger.getObject());
        Long cachedAt = alliance.version();
        if (cachedAt == null) {
            return null;
        }
        List<DomainEventMessage<?>> after = new ArrayList<>();
        long expected = cachedAt;
        DomainEventStream events = store.readEvents(allianceId, cachedAt);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getSequenceNumber() != expected) {
                return null;
            }
            if (expected > cachedAt) {
                after.add(event);
            }
            expected++;
        }
        if (expected == cachedAt) {
            return null;
        }
        if (after.isEmpty()) {
            return entry;
        }
        alliance.initializeState(DomainEventStream.of(after));
        return new AggregateCacheEntry<>(alliance);
    }

    /** Alliance's model as Axon's aggregate configuration builds it; used only for an entry without its aggregate. */
    private AggregateModel<Alliance> model(Configuration configuration) {
        AggregateModel<Alliance> built = model;
        if (built == null) {
            built = configuration.getComponent(AggregateMetaModelFactory.class,
                                               () -> new AnnotatedAggregateMetaModelFactory(
                                                       configuration.parameterResolverFactory(),
                                                       configuration.handlerDefinition(Alliance.class)))
                    .createModel(Alliance.class);
            model = built;
        }
        return built;
    }
}
