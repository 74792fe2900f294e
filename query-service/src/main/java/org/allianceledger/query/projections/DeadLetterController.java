package org.allianceledger.query.projections;

import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Events a projection failed on are parked (per alliance, in order); admins see them and retry them. */
@RestController
class DeadLetterController {

    private final EventProcessingConfiguration processing;
    private final ReadModelSchemas schemas;
    private final TransactionTemplate transaction;

    DeadLetterController(EventProcessingConfiguration processing, ReadModelSchemas schemas,
                         PlatformTransactionManager transactions) {
        this.processing = processing;
        this.schemas = schemas;
        this.transaction = new TransactionTemplate(transactions);
    }

    record Parked(String eventId, String type, String allianceId, Long sequence, String cause, String causeMessage,
                  Instant enqueuedAt, Instant lastTouched) {
    }

    record DeadLetters(int count, List<Parked> deadLetters) {
    }

    record Retried(int processed, int remaining) {
    }

    @Operation(operationId = "listDeadLetters", summary = "Events the projections failed on, parked per alliance in order")
    @GetMapping("/api/admin/dead-letters")
    DeadLetters list() {
        List<Parked> parked = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue().deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                EventMessage<?> message = letter.message();
                DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d ? d : null;
                parked.add(new Parked(message.getIdentifier(), message.getPayloadType().getSimpleName(),
                                      domain == null ? null : domain.getAggregateIdentifier(),
                                      domain == null ? null : domain.getSequenceNumber(),
                                      letter.cause().map(c -> c.type()).orElse(null),
                                      letter.cause().map(c -> c.message()).orElse(null),
                                      letter.enqueuedAt(), letter.lastTouched()));
            }
        }
        return new DeadLetters(parked.size(), parked);
    }

    @Operation(operationId = "retryDeadLetters", summary = "Retry every parked sequence once; what fails again stays parked")
    @PostMapping("/api/admin/dead-letters/retry")
    Retried retry() {
        SequencedDeadLetterProcessor<EventMessage<?>> processor =
                processing.sequencedDeadLetterProcessor(ProjectionGroup.NAME).orElseThrow();
        long sequences = queue().amountOfSequences();
        int processed = 0;
        for (long i = 0; i < sequences; i++) {
            // the retry runs outside the processor, so it is pointed at the copy being written, as a batch is
            Boolean done = transaction.execute(status -> {
                schemas.writeTo(schemas.forBatch().writing());
                return processor.processAny();
            });
            if (Boolean.TRUE.equals(done)) {
                processed++;
            }
        }
        return new Retried(processed, (int) queue().amountOfSequences());
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue() {
        return processing.deadLetterQueue(ProjectionGroup.NAME).orElseThrow();
    }
}
