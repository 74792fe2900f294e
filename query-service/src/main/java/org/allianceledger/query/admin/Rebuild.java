package org.allianceledger.query.admin;

import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.query.Projections;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collection;

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

    Rebuild(EventProcessingConfiguration processing, ReadModelSchemas schemas, PlatformTransactionManager transactions) {
        this.processing = processing;
        this.schemas = schemas;
        this.transaction = new TransactionTemplate(transactions);
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
            // in one transaction: the reset handlers clear the target copy, the tokens go back to the start
            transaction.executeWithoutResult(status -> {
                schemas.beginBuilding(target);
                processor.resetTokens(StreamableMessageSource::createTailToken);
            });
            log.info("Rebuilding the read models into {} while queries read {}", target, schemas.active());
        } finally {
            processor.start();
        }
    }

    /**
     * A segment has replayed once it is past the head at the reset; Axon marks it replaying until the first
     * event after that head, so being caught up at that head counts too.
     */
    static boolean replayed(EventTrackerStatus segment) {
        if (segment.isErrorState()) {
            return false;
        }
        return !segment.isReplaying() || segment.isCaughtUp()
                && segment.getCurrentPosition().orElse(-1) >= segment.getResetPosition().orElse(Long.MAX_VALUE);
    }

    /** Switches the views over once every segment has replayed up to where the event store was at the reset. */
    @Scheduled(fixedDelayString = "${alliance.rebuild.check-interval:500ms}")
    synchronized void switchWhenCaughtUp() {
        String target = schemas.building();
        if (target == null) {
            return;
        }
        Collection<EventTrackerStatus> segments = processor().processingStatus().values();
        if (segments.isEmpty() || !segments.stream().allMatch(Rebuild::replayed)) {
            return;
        }
        transaction.executeWithoutResult(status -> schemas.switchTo(target));
        schemas.switched(target);
        log.info("Read models rebuilt: queries now read {}", target);
    }
}
