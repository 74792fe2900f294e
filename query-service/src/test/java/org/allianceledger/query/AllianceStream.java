package org.allianceledger.query;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.UUID;

/**
 * One alliance's stream in the real event store, appended to as the command side would: the query tests' way of
 * recording what they then read over HTTP.
 */
public final class AllianceStream {

    private final EventStore eventStore;
    private final String alliance;
    private long version;

    public AllianceStream(EventStore eventStore, String alliance) {
        this.eventStore = eventStore;
        this.alliance = alliance;
    }

    /** A stream under a fresh id starting with {@code prefix}, so that the tests of a class share their database. */
    public static AllianceStream fresh(EventStore eventStore, String prefix) {
        return new AllianceStream(eventStore, prefix + UUID.randomUUID());
    }

    public String id() {
        return alliance;
    }

    /** Appends the events in order and returns the alliance's version after them, as a command's answer says it. */
    public long record(Object... events) {
        for (Object event : events) {
            eventStore.publish(new GenericDomainEventMessage<>("Alliance", alliance, version, event));
            version++;
        }
        return version;
    }

    /** A path below the alliance, {@code rest} starting with a slash or a query. */
    public String path(String rest) {
        return "/api/alliances/" + alliance + rest;
    }
}
