package org.allianceledger.query.projections;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Where the projections stand, the same whichever instance answers: position, the event store's head, lag, rebuild
 * progress and each segment with the instance that holds it, from the database; a segment's catch-up state and
 * error from the instance that processes it, if it is this one; parked events.
 */
@Component
class ProjectionStatus {

    private final Rebuild rebuild;
    private final ReadModelSchemas schemas;
    private final StoredTokens tokens;
    private final SegmentShare share;
    private final ProjectionNode node;
    private final EventStore eventStore;
    private final ParkedEvents parked;

    ProjectionStatus(Rebuild rebuild, ReadModelSchemas schemas, StoredTokens tokens, SegmentShare share,
                     ProjectionNode node, EventStore eventStore, ParkedEvents parked) {
        this.rebuild = rebuild;
        this.schemas = schemas;
        this.tokens = tokens;
        this.share = share;
        this.node = node;
        this.eventStore = eventStore;
        this.parked = parked;
    }

    /**
     * A segment: {@code owner} is the instance holding it (null while nobody does: a dead instance's claim has run
     * out and nobody has taken it yet); {@code caughtUp} and {@code error} are known to the instance that holds it.
     */
    record Segment(int segment, String owner, Long position, boolean replaying, Boolean caughtUp, String error) {
    }

    /** An instance running the projections, and the segments it holds. */
    record Instance(String node, List<Integer> segments) {
    }

    record Projection(String name, String node, List<String> readModels, String readFrom, String building,
                      Long position, long head, long lag, int rebuildProgress, List<Segment> segments,
                      List<Instance> nodes, ParkedEvents.ParkedSummary parked) {
    }

    Projection current() {
        Map<Integer, EventTrackerStatus> local = rebuild.processor().processingStatus();
        List<StoredTokens.Segment> stored = tokens.segments();
        ReadModelSchemas.State state = schemas.current();
        long head = head();
        List<Segment> segments = stored.stream().map(segment -> {
            EventTrackerStatus status = node.id().equals(segment.owner()) ? local.get(segment.segment()) : null;
            return new Segment(segment.segment(), segment.owner(), boxed(position(segment.token())),
                               !Rebuild.replayed(segment.token()), status == null ? null : status.isCaughtUp(),
                               status != null && status.isErrorState() ? String.valueOf(status.getError()) : null);
        }).toList();
        List<Instance> nodes = share.nodes().entrySet().stream().map(e -> new Instance(e.getKey(), e.getValue())).toList();
        Long position = position(stored);
        return new Projection(ProjectionGroup.NAME, node.id(), ReadModelSchemas.TABLES, state.active(), state.building(),
                              position, head, lag(position, head), progress(state, stored), segments, nodes,
                              parked.summary());
    }

    /** Events of the store the projections have not applied yet. */
    long lag() {
        return lag(position(tokens.segments()), head());
    }

    private long head() {
        return position(eventStore.createHeadToken()).orElse(-1);
    }

    /** The slowest segment's committed position. */
    private static Long position(List<StoredTokens.Segment> segments) {
        return segments.stream()
                .map(segment -> position(segment.token()).orElse(-1))
                .min(Long::compare)
                .orElse(null);
    }

    private static long lag(Long position, long head) {
        return position == null ? head + 1 : Math.max(0, head - position);
    }

    /** 100 when not rebuilding; else how far the slowest segment has replayed towards the head at the reset. */
    private static int progress(ReadModelSchemas.State state, List<StoredTokens.Segment> segments) {
        if (state.building() == null) {
            return 100;
        }
        if (segments.isEmpty()) {
            return 0;
        }
        double least = 1.0;
        for (StoredTokens.Segment segment : segments) {
            if (!Rebuild.replayed(segment.token()) && segment.token() instanceof ReplayToken replay) {
                OptionalLong reset = position(replay.getTokenAtReset());
                if (reset.isPresent() && reset.getAsLong() > 0) {
                    long current = position(replay.getCurrentToken()).orElse(0);
                    least = Math.min(least, Math.max(0, current) / (double) reset.getAsLong());
                }
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
