package org.allianceledger.command.outage;

import org.allianceledger.command.alliance.Resendable;
import org.allianceledger.command.idempotency.CreatedId;
import org.allianceledger.command.idempotency.IdempotentRequest;
import org.allianceledger.platform.persistence.StoreOutage;
import org.allianceledger.platform.web.OutcomeUnknown;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The command gateway as the controllers use it, through database outages. A command that failed on an outage
 * before its commit recorded nothing, and is sent again a few times with a short backoff before the outage is
 * answered (503 STORE_UNAVAILABLE). One whose commit broke off may have been recorded: it is sent again only if a
 * repeat is harmless ({@link Resendable}, or sent with an Idempotency-Key), and if it does not get through, the
 * answer says the outcome is unknown and what to send it again with, never that the store was merely unavailable.
 */
class OutageRetryingGateway implements CommandGateway {

    private final CommandGateway delegate;
    private final RetryTemplate resendable;
    private final RetryTemplate others;

    OutageRetryingGateway(CommandGateway delegate, int retries, Duration delay, Duration within) {
        this.delegate = delegate;
        this.resendable = new RetryTemplate(policy(retries, delay, within, true));
        this.others = new RetryTemplate(policy(retries, delay, within, false));
    }

    private static RetryPolicy policy(int retries, Duration delay, Duration within, boolean resendable) {
        return RetryPolicy.builder()
                .maxRetries(retries).delay(delay).multiplier(2).timeout(within)
                .predicate(failure -> StoreOutage.isOutage(failure) && (resendable || !CommitInDoubt.in(failure)))
                .build();
    }

    @Override
    public <R> R sendAndWait(Object command) {
        return sendThroughOutages(command, delegate::sendAndWait);
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        return sendThroughOutages(command, c -> delegate.sendAndWait(c, timeout, unit));
    }

    private <R> R sendThroughOutages(Object command, Function<Object, R> send) {
        boolean repeatable = command instanceof Resendable || IdempotentRequest.current().isPresent();
        Retryable<R> attempt = () -> send.apply(command);
        try {
            return (repeatable ? resendable : others).execute(attempt);
        } catch (RetryException failed) {
            Throwable last = failed.getLastException();
            if (failed.getExceptions().stream().anyMatch(CommitInDoubt::in)) {
                throw outcomeUnknown(last);
            }
            if (last instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (last instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(last);
        }
    }

    private static OutcomeUnknown outcomeUnknown(Throwable cause) {
        Map<String, String> retryWith = new TreeMap<>();
        CreatedId.current().ifPresent(created -> retryWith.put(created.getKey(), created.getValue()));
        IdempotentRequest.current().ifPresent(request -> retryWith.put("idempotencyKey", request.key()));
        String how = retryWith.isEmpty()
                ? "Read the alliance before sending it again; a command sent with an Idempotency-Key can always be repeated."
                : "Send it again with the same Idempotency-Key or id (retryWith): a repeat answers as the first time and records nothing.";
        return new OutcomeUnknown("The connection to the database broke while the command was committed: it may have "
                                  + "been recorded or not. " + how, retryWith, cause);
    }

    @Override
    public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
        delegate.send(command, callback);
    }

    @Override
    public <R> CompletableFuture<R> send(Object command) {
        return delegate.send(command);
    }

    @Override
    public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
        return delegate.registerDispatchInterceptor(interceptor);
    }
}
