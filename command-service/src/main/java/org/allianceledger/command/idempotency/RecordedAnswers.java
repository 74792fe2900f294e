package org.allianceledger.command.idempotency;

import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.Optional;

/**
 * Keeps the answer to every command sent with an Idempotency-Key, and answers a repeat with it, recording nothing.
 * <p>
 * The key and its answer are written in the command's own transaction, the one that appends its events: so an
 * answer is kept if and only if its events are. Were they apart, a process dying between the two would leave events
 * without an answer (a repeat records them again) or an answer without events (a repeat acknowledges what was never
 * recorded). They are written once the handler ran, so nothing touches the database before the alliance's lock (a
 * command waiting for its turn holds no connection), and the lock orders repeats: a repeat runs after the first
 * committed, finds its key taken and answers as the first did, while what its own run did is rolled back. A refusal
 * keeps nothing, so a corrected request may reuse its key.
 */
@Component
class RecordedAnswers implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final Duration retention;

    RecordedAnswers(JdbcClient jdbc, Serializer serializer,
                    @Value("${alliance.idempotency.retention:24h}") Duration retention) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.retention = retention;
    }

    private record Earlier(String fingerprint, String type, String revision, byte[] answer) {
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Optional<IdempotentRequest> keyed = IdempotentRequest.of(unitOfWork.getMessage().getMetaData());
        if (keyed.isEmpty()) {
            return chain.proceed();
        }
        IdempotentRequest request = keyed.get();
        Object answer;
        try {
            answer = chain.proceed();
        } catch (Refused refusal) {
            // a repeat is often refused for what the first did (the chair has handed over already)
            Optional<Earlier> earlier = earlier(request);
            if (earlier.isPresent()) {
                throw new AnsweredBefore(answerOf(earlier.get(), request));
            }
            throw refusal;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An idempotency key must be kept in the transaction of its command");
        }
        SerializedObject<byte[]> kept = answer == null ? null : serializer.serialize(answer, byte[].class);
        int claimed = jdbc.sql("""
                INSERT INTO idempotency_key (caller, request, idempotency_key, fingerprint, answer_type, answer_revision, answer)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(request.caller(), request.request(), request.key(), request.fingerprint(),
                        kept == null ? null : kept.getType().getName(), kept == null ? null : kept.getType().getRevision(),
                        kept == null ? null : kept.getData())
                .update();
        if (claimed == 1) {
            return answer;
        }
        Earlier earlier = earlier(request)
                // purged between the insert and this read: run again
                .orElseThrow(() -> new ConcurrencyException("Idempotency-Key " + request.key() + " was just purged"));
        throw new AnsweredBefore(answerOf(earlier, request));
    }

    private Optional<Earlier> earlier(IdempotentRequest request) {
        return jdbc.sql("""
                SELECT fingerprint, answer_type, answer_revision, answer FROM idempotency_key
                WHERE caller = ? AND request = ? AND idempotency_key = ?""")
                .params(request.caller(), request.request(), request.key())
                .query((row, i) -> new Earlier(row.getString(1), row.getString(2), row.getString(3), row.getBytes(4)))
                .optional();
    }

    private Object answerOf(Earlier earlier, IdempotentRequest request) {
        if (!earlier.fingerprint().equals(request.fingerprint())) {
            throw new Refused(RefusalCode.ID_ALREADY_USED,
                              "Idempotency-Key " + request.key() + " was used for another body on " + request.request());
        }
        return earlier.type() == null ? null
                : serializer.deserialize(new SimpleSerializedObject<>(earlier.answer(), byte[].class,
                                                                      earlier.type(), earlier.revision()));
    }

    /** Keys older than the retention (at least the 24 hours the API promises) are forgotten. */
    @Scheduled(fixedDelayString = "${alliance.idempotency.purge-interval:1h}")
    int purge() {
        return jdbc.sql("DELETE FROM idempotency_key WHERE recorded_at < now() - make_interval(secs => ?)")
                .param((double) retention.toSeconds())
                .update();
    }
}
