package org.allianceledger.query.admin;

import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.query.Projections;
import org.allianceledger.query.dashboard.LiveUpdates;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Rebuilds every read model from the event store beside the ones queries read, and switches over once the
 * new copy has caught up, so nobody ever reads a half-built view.
 */
@Component
class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);

    private final EventProcessingConfiguration processing;
    private final ReadModelSchemas schemas;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final Configuration axon;
    private final LiveUpdates live;

    Rebuild(EventProcessingConfiguration processing, ReadModelSchemas schemas, PlatformTransactionManager transactions,
            JdbcClient jdbc, Configuration axon, LiveUpdates live) {
        this.processing = processing;
        this.schemas = schemas;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.axon = axon;
        this.live = live;
    }

    StreamingEventProcessor processor() {
        return processing.eventProcessor(Projections.GROUP, StreamingEventProcessor.class).orElseThrow();
    }

    synchronized void start() {
        if (schemas.building() != null) {
            throw new Refusal(Problem.REBUILD_IN_PROGRESS, "A rebuild into " + schemas.building() + " is under way");
        }
        String target = schemas.other();
        StreamingEventProcessor processor = processor();
        processor.shutDown();
        try {
            // in one transaction: the reset handlers clear the target copy, the tokens go back to the start.
            // (They TRUNCATE: no query reads that copy, and a million deleted rows would leave vacuum work behind
            // that competes with the rebuild; on the views queries read, TRUNCATE fails instead of deleting.)
            transaction.executeWithoutResult(status -> {
                schemas.beginBuilding(target);
                processor.resetTokens(StreamableMessageSource::createTailToken);
                schemas.dropSecondaryIndexes(target);
            });
            log.info("Rebuilding the read models into {} while queries read {}", target, schemas.active());
        } finally {
            processor.start();
        }
    }

    /** A token has replayed once it covers the head at the reset (Axon keeps it a replay token until later). */
    static boolean replayed(TrackingToken token) {
        return !(token instanceof ReplayToken replay)
                || replay.getCurrentToken() != null && replay.getCurrentToken().covers(replay.getTokenAtReset());
    }

    /** The same, as far as a segment's status tells, for the progress shown to admins. */
    static boolean replayed(EventTrackerStatus segment) {
        return !segment.isReplaying() || segment.isCaughtUp()
                && segment.getCurrentPosition().orElse(-1) >= segment.getResetPosition().orElse(Long.MAX_VALUE);
    }

    /**
     * Switches the views over once every segment's committed token has replayed up to where the event store was
     * at the reset. (The tokens, not the processor's in-memory status, which may still describe the run before.)
     */
    @Scheduled(fixedDelayString = "${alliance.rebuild.check-interval:500ms}")
    synchronized void switchWhenCaughtUp() {
        String target = schemas.building();
        if (target == null) {
            return;
        }
        List<TrackingToken> tokens = jdbc.sql("SELECT token, token_type FROM token_entry WHERE processor_name = ?")
                .param(Projections.GROUP)
                .query((row, i) -> (TrackingToken) axon.serializer().deserialize(new SimpleSerializedObject<>(
                        row.getBytes(1), byte[].class, row.getString(2), null)))
                .list();
        if (tokens.isEmpty() || !tokens.stream().allMatch(Rebuild::replayed)) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            schemas.createMissingIndexes(target);
            schemas.switchTo(target);
        });
        schemas.switched(target);
        live.rebuilt();
        log.info("Read models rebuilt: queries now read {}", target);
    }
}
