package org.allianceledger.command.idempotency;

import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
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
 * The key is claimed and the answer written in the command's own transaction, the one that appends its events: so
 * an answer is kept if and only if its events are. Were they apart, a process dying between the two would leave
 * events without an answer (a repeat records them again) or an answer without events (a repeat acknowledges what
 * was never recorded). Claiming first also orders two concurrent requests with one key: the second waits on the
 * first's row, then answers as it did, or runs if the first was refused (a refusal keeps nothing, so a corrected
 * request may reuse its key).
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
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An idempotency key must be kept in the transaction of its command");
        }
        IdempotentRequest request = keyed.get();
        int claimed = jdbc.sql("""
                INSERT INTO idempotency_key (caller, request, idempotency_key, fingerprint) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(request.caller(), request.request(), request.key(), request.fingerprint())
                .update();
        if (claimed == 0) {
            return earlierAnswer(request);
        }
        Object answer = chain.proceed();
        if (answer != null) {
            SerializedObject<byte[]> kept = serializer.serialize(answer, byte[].class);
            jdbc.sql("""
                    UPDATE idempotency_key SET answer_type = ?, answer_revision = ?, answer = ?
                    WHERE caller = ? AND request = ? AND idempotency_key = ?""")
                    .params(kept.getType().getName(), kept.getType().getRevision(), kept.getData(),
                            request.caller(), request.request(), request.key())
                    .update();
        }
        return answer;
    }

    private Object earlierAnswer(IdempotentRequest request) {
        Earlier earlier = jdbc.sql("""
                SELECT fingerprint, answer_type, answer_revision, answer FROM idempotency_key
                WHERE caller = ? AND request = ? AND idempotency_key = ?""")
                .params(request.caller(), request.request(), request.key())
                .query((row, i) -> new Earlier(row.getString(1), row.getString(2), row.getString(3), row.getBytes(4)))
                .optional()
                // purged between the claim and this read: claim again
                .orElseThrow(() -> new ConcurrencyException("Idempotency-Key " + request.key() + " was just purged"));
        if (!earlier.fingerprint().equals(request.fingerprint())) {
            throw new Refusal(Problem.ID_ALREADY_USED,
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
