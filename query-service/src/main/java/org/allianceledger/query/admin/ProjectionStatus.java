package org.allianceledger.query.admin;

import org.allianceledger.query.Projections;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Where the projections stand: position, the event store's head, lag, rebuild progress, segments, parked events. */
@Component
class ProjectionStatus {

    private final Rebuild rebuild;
    private final ReadModelSchemas schemas;
    private final EventStore eventStore;
    private final ParkedEvents parked;

    ProjectionStatus(Rebuild rebuild, ReadModelSchemas schemas, EventStore eventStore, ParkedEvents parked) {
        this.rebuild = rebuild;
        this.schemas = schemas;
        this.eventStore = eventStore;
        this.parked = parked;
    }

    record Segment(int segment, Long position, boolean replaying, boolean caughtUp, String error) {
    }

    record Projection(String name, List<String> readModels, String readFrom, String building, Long position,
                      long head, long lag, int rebuildProgress, List<Segment> segments, ParkedEvents.Summary parked) {
    }

    Projection current() {
        Map<Integer, EventTrackerStatus> status = rebuild.processor().processingStatus();
        long head = head();
        List<Segment> segments = status.entrySet().stream()
                .map(e -> new Segment(e.getKey(), boxed(e.getValue().getCurrentPosition()), e.getValue().isReplaying(),
                                      e.getValue().isCaughtUp(),
                                      e.getValue().isErrorState() ? String.valueOf(e.getValue().getError()) : null))
                .sorted(Comparator.comparingInt(Segment::segment))
                .toList();
        Long position = position(status);
        return new Projection(Projections.GROUP, ReadModelSchemas.TABLES, schemas.active(), schemas.building(), position,
                              head, lag(position, head), progress(status), segments, parked.summary());
    }

    /** Events of the store the projections have not applied yet. */
    long lag() {
        return lag(position(rebuild.processor().processingStatus()), head());
    }

    private long head() {
        return position(eventStore.createHeadToken()).orElse(-1);
    }

    /** The slowest segment's position. */
    private static Long position(Map<Integer, EventTrackerStatus> status) {
        return status.values().stream()
                .map(s -> s.getCurrentPosition().orElse(-1))
                .min(Long::compare)
                .orElse(null);
    }

    private static long lag(Long position, long head) {
        return position == null ? head + 1 : Math.max(0, head - position);
    }

    /** 100 when not rebuilding; else how far the slowest segment has replayed towards the head at the reset. */
    private int progress(Map<Integer, EventTrackerStatus> status) {
        if (schemas.building() == null) {
            return 100;
        }
        if (status.isEmpty()) {
            return 0;
        }
        double least = 1.0;
        for (EventTrackerStatus segment : status.values()) {
            OptionalLong reset = segment.getResetPosition();
            if (!Rebuild.replayed(segment) && reset.isPresent() && reset.getAsLong() > 0) {
                least = Math.min(least, Math.max(0, segment.getCurrentPosition().orElse(0)) / (double) reset.getAsLong());
            }
        }
        return (int) Math.floor(Math.min(least, 0.99) * 100);
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
