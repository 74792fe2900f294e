package org.allianceledger.query.projections;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The claim rule that spreads the projections' segments over the running instances. Axon's tracking processor
 * claims every segment it has a thread for, so the first instance would take them all and the others only stand by.
 * Each instance therefore says every half second that it runs ({@code projection_node}; not seen for four intervals,
 * it counts as gone; with its processor stopped or in error, it takes no share), and one that holds more than its
 * fair share (segments / instances running, rounded up) releases the rest for a while: Axon's
 * {@code releaseSegment}, for three token claim intervals, since the worker lets go after its batch (within a second
 * when idle) and the others look for free segments every claim interval. A dead instance's segments are claimed
 * once its claims run out (the token store's claim timeout).
 * <p>
 * While another instance is starting a rebuild, this one releases every segment: the rebuild resets them all.
 */
@Component
class SegmentShare {

    private static final Logger log = LoggerFactory.getLogger(SegmentShare.class);

    private final EventProcessingConfiguration processing;
    private final ReadModelSchemas schemas;
    private final StoredTokens tokens;
    private final ProjectionNode node;
    private final JdbcClient jdbc;
    private final Duration interval;
    private final long hold;
    /** Until when this instance keeps away from the segments it released (so as to log a release once). */
    private final Map<Integer, Long> released = new ConcurrentHashMap<>();
    private volatile boolean leaving;

    SegmentShare(EventProcessingConfiguration processing, ReadModelSchemas schemas, StoredTokens tokens,
                 ProjectionNode node, JdbcClient jdbc,
                 @Value("${alliance.projections.share-interval:500ms}") Duration interval,
                 @Value("${axon.eventhandling.processors.projections.token-claim-interval:5000}") long claimIntervalMillis) {
        this.processing = processing;
        this.schemas = schemas;
        this.tokens = tokens;
        this.node = node;
        this.jdbc = jdbc;
        this.interval = interval;
        this.hold = 3 * claimIntervalMillis;
    }

    @Scheduled(fixedDelayString = "${alliance.projections.share-interval:500ms}")
    void share() {
        if (leaving) {
            return;
        }
        StreamingEventProcessor processor = processor();
        jdbc.sql("""
                INSERT INTO projection_node (node_id, seen_at, claiming) VALUES (?, now(), ?)
                ON CONFLICT (node_id) DO UPDATE SET seen_at = now(), claiming = EXCLUDED.claiming""")
                .param(node.id()).param(processor.isRunning() && !processor.isError()).update();
        List<StoredTokens.Segment> segments = tokens.segments();
        String rebuilder = schemas.current().rebuildRequestedBy();
        if (rebuilder != null && !rebuilder.equals(node.id())) {
            // renewed every interval while the request lasts; claimable again shortly after it is gone
            segments.forEach(segment -> processor.releaseSegment(segment.segment(), 2 * interval.toMillis(),
                                                                 TimeUnit.MILLISECONDS));
            return;
        }
        List<Integer> mine = processor.processingStatus().keySet().stream().sorted().toList();
        if (mine.isEmpty()) {
            return;
        }
        int running = running();
        int fair = (segments.size() + running - 1) / running;
        long now = System.currentTimeMillis();
        for (int segment : mine.subList(Math.min(fair, mine.size()), mine.size())) {
            if (released.getOrDefault(segment, Long.MIN_VALUE) < now) {
                log.info("Releasing segment {} of {} to another instance: {} instances share {} segments",
                         segment, ProjectionGroup.NAME, running, segments.size());
                processor.releaseSegment(segment, hold, TimeUnit.MILLISECONDS);
                released.put(segment, now + hold);
            }
        }
    }

    /** The instances running whose processors can take a share, this one among them. */
    private int running() {
        return Math.max(1, running("SELECT count(*)", " AND claiming").query(Integer.class).single());
    }

    private JdbcClient.StatementSpec running(String select, String condition) {
        return jdbc.sql(select + " FROM projection_node WHERE seen_at > now() - make_interval(secs => ?)" + condition)
                .param(4 * interval.toMillis() / 1000.0);
    }

    /** The instances running and the segments each holds (and a dead one's, until its claims run out). */
    Map<String, List<Integer>> nodes() {
        Map<String, List<Integer>> nodes = new TreeMap<>();
        running("SELECT node_id", "").query(String.class).list()
                .forEach(id -> nodes.put(id, new ArrayList<>()));
        for (StoredTokens.Segment segment : tokens.segments()) {
            if (segment.owner() != null) {
                nodes.computeIfAbsent(segment.owner(), id -> new ArrayList<>()).add(segment.segment());
            }
        }
        return nodes;
    }

    /** A stopping instance leaves at once; one that dies is no longer counted after four intervals. */
    @EventListener(ContextClosedEvent.class)
    void leave() {
        leaving = true;
        try {
            jdbc.sql("DELETE FROM projection_node WHERE node_id = ? OR seen_at < now() - interval '1 day'")
                    .param(node.id()).update();
        } catch (RuntimeException e) {
            log.warn("Could not remove {} from projection_node: {}", node.id(), e.toString());
        }
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(ProjectionGroup.NAME, StreamingEventProcessor.class).orElseThrow();
    }
}
