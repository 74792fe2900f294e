package org.allianceledger.query.projections;

import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.axonframework.common.ExceptionUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rebuilds every read model from the event store beside the ones queries read, and switches over once the
 * new copy has caught up, so nobody ever reads a half-built view.
 * <p>
 * Any instance may be asked. A reset needs every segment, so the instance asked announces it in the database
 * ({@link ReadModelSchemas#requestRebuild}), stops its own processor, and waits until the other instances have
 * released theirs ({@link SegmentShare}) or their claims have run out (a dead instance); then one transaction
 * marks the copy being built, clears it and resets every token. If the segments do not come free in time, it
 * answers {@code REBUILD_NOT_HERE} and has changed nothing. Every instance watches for the rebuilt copy to catch up,
 * and the first to see it switches.
 */
@Component
class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);

    private final EventProcessingConfiguration processing;
    private final ReadModelSchemas schemas;
    private final StoredTokens tokens;
    private final TokenStore tokenStore;
    private final ProjectionNode node;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Duration releaseTimeout;
    /** The copy queries read when this instance last looked, to tell its dashboards when it changed. */
    private volatile String seenActive;

    Rebuild(EventProcessingConfiguration processing, ReadModelSchemas schemas, StoredTokens tokens,
            TokenStore tokenStore, ProjectionNode node, PlatformTransactionManager transactions,
            ApplicationEventPublisher events, @Value("${alliance.rebuild.release-timeout:#{null}}") Duration releaseTimeout) {
        this.processing = processing;
        this.schemas = schemas;
        this.tokens = tokens;
        this.tokenStore = tokenStore;
        this.node = node;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        // long enough for a dead instance's claims to run out, and for live ones to notice and let go
        this.releaseTimeout = releaseTimeout != null ? releaseTimeout : tokens.claimTimeout().plusSeconds(3);
    }

    StreamingEventProcessor processor() {
        return processing.eventProcessor(ProjectionGroup.NAME, StreamingEventProcessor.class).orElseThrow();
    }

    synchronized void start() {
        transaction.executeWithoutResult(status -> {
            ReadModelSchemas.State state = schemas.forUpdate();
            if (state.building() != null) {
                throw new Refusal(Problem.REBUILD_IN_PROGRESS, "A rebuild into " + state.building() + " is under way");
            }
            if (state.rebuildRequestedBy() != null) {
                throw new Refusal(Problem.REBUILD_IN_PROGRESS, "Instance " + state.rebuildRequestedBy()
                                                               + " is starting a rebuild");
            }
            // the others keep releasing for as long as this lasts; it runs out by itself if this instance dies
            schemas.requestRebuild(node.id(), releaseTimeout.plusSeconds(5));
        });
        StreamingEventProcessor processor = processor();
        processor.shutDown();
        try {
            awaitEverySegment();
            // in one transaction: the copy is marked as being built, the reset handlers clear it, the tokens go back
            // to the start. (They TRUNCATE: no query reads that copy, and a million deleted rows would leave vacuum
            // work behind that competes with the rebuild; on the views queries read, TRUNCATE fails instead.)
            transaction.executeWithoutResult(status -> {
                // the tokens first, then the state: the order a batch takes them in (its token, then forBatch).
                // Claiming a token locks its row until commit (Axon's JPA token store loads it PESSIMISTIC_WRITE).
                for (int segment : tokenStore.fetchSegments(ProjectionGroup.NAME)) {
                    tokenStore.fetchToken(ProjectionGroup.NAME, segment);
                }
                ReadModelSchemas.State state = schemas.forUpdate();
                if (!node.id().equals(state.rebuildRequestedBy())) {
                    throw notHere("its request to the other instances ran out before it had every segment");
                }
                schemas.beginBuilding(state.other());
                processor.resetTokens(StreamableMessageSource::createTailToken);
                schemas.dropSecondaryIndexes(state.other());
                log.info("Rebuilding the read models into {} while queries read {}", state.other(), state.active());
            });
        } catch (RuntimeException e) {
            schemas.withdrawRequest(node.id());
            if (ExceptionUtils.findException(e, UnableToClaimTokenException.class).isPresent()) {
                throw notHere("another instance claimed a segment meanwhile: " + e.getMessage());
            }
            throw e;
        } finally {
            processor.start();
        }
    }

    /** Until this instance may claim every segment: the others have released theirs, or their claims ran out. */
    private void awaitEverySegment() {
        long deadline = System.nanoTime() + releaseTimeout.toNanos();
        while (true) {
            Boolean free = transaction.execute(status -> tokenStore.fetchAvailableSegments(ProjectionGroup.NAME).size()
                                                         == tokenStore.fetchSegments(ProjectionGroup.NAME).length);
            if (Boolean.TRUE.equals(free)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                String held = tokens.segments().stream()
                        .filter(segment -> segment.owner() != null && !segment.owner().equals(node.id()))
                        .map(segment -> segment.segment() + " (" + segment.owner() + ")")
                        .collect(Collectors.joining(", "));
                throw notHere("segments " + held + " were not released within " + releaseTimeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw notHere("interrupted while waiting for the other instances' segments");
            }
        }
    }

    private Refusal notHere(String why) {
        return new Refusal(Problem.REBUILD_NOT_HERE, "This instance (" + node.id() + ") cannot start a rebuild now: "
                                                     + why + ". Nothing was changed; ask again.");
    }

    /** A token has replayed once it covers the head at the reset (Axon keeps it a replay token until later). */
    static boolean replayed(TrackingToken token) {
        return !(token instanceof ReplayToken replay)
                || replay.getCurrentToken() != null && replay.getCurrentToken().covers(replay.getTokenAtReset());
    }

    private static boolean caughtUp(List<StoredTokens.Segment> segments) {
        return !segments.isEmpty() && segments.stream().allMatch(segment -> replayed(segment.token()));
    }

    /**
     * Switches the views over once every segment's committed token has replayed up to where the event store was
     * at the reset. (The tokens, not a processor's in-memory status: segments may be processed by other
     * instances.) Every instance looks; the switch itself waits for the batches under way (they hold the state
     * for share) and decides on the tokens they committed, and an instance that finds another one switching waits
     * for it, then finds nothing left to do.
     */
    @Scheduled(fixedDelayString = "${alliance.rebuild.check-interval:500ms}")
    void switchWhenCaughtUp() {
        ReadModelSchemas.State state = schemas.current();
        if (state.building() != null && caughtUp(tokens.segments())) {
            String target = state.building();
            transaction.executeWithoutResult(status -> switchIfCaughtUp(target));
            state = schemas.current();
        }
        String before = seenActive;
        seenActive = state.active();
        if (before != null && !before.equals(state.active())) {
            events.publishEvent(new ReadModelsSwitched(state.active()));
        }
    }

    private void switchIfCaughtUp(String target) {
        ReadModelSchemas.State state = schemas.forUpdate();
        if (!target.equals(state.building()) || !caughtUp(tokens.segments())) {
            return;
        }
        schemas.createMissingIndexes(target, state.active());
        schemas.switchTo(target);
        log.info("Read models rebuilt: queries now read {}", target);
    }
}
