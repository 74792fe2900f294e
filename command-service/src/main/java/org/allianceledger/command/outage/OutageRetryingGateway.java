package org.allianceledger.command.outage;

import org.allianceledger.command.Resendable;
import org.allianceledger.command.idempotency.AnsweredBefore;
import org.allianceledger.command.idempotency.CreatedId;
import org.allianceledger.command.idempotency.IdempotentRequest;
import org.allianceledger.platform.persistence.StoreOutage;
import org.allianceledger.platform.web.OutcomeUnknown;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.ExceptionUtils;
import org.axonframework.common.Registration;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.transaction.UnexpectedRollbackException;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The command gateway as the controllers use it: a repeat of an Idempotency-Key answers with the answer kept
 * ({@link AnsweredBefore}), and commands go through database outages. A command that failed on an outage before its
 * commit recorded nothing, and is sent again a few times with a short backoff before the outage is answered (503
 * STORE_UNAVAILABLE). One whose commit broke off may have been recorded: it is sent again only if a repeat is
 * harmless ({@link Resendable}, or sent with an Idempotency-Key), and if it does not get through, the answer says the
 * outcome is unknown and what to send it again with, never that the store was merely unavailable. A loop rather than
 * Spring's RetryTemplate: whether to go on depends on what the earlier attempts did.
 */
class OutageRetryingGateway implements CommandGateway {

    /** The last outage an attempt met, until an attempt gets through again. */
    private record Outage(RuntimeException failure, long at) {
    }

    private static final Duration OUTAGE_REMEMBERED = Duration.ofSeconds(30);

    private final CommandGateway delegate;
    private final int retries;
    private final Duration delay;
    private final Duration within;
    private final AtomicReference<Outage> lastOutage = new AtomicReference<>();

    OutageRetryingGateway(CommandGateway delegate, int retries, Duration delay, Duration within) {
        this.delegate = delegate;
        this.retries = retries;
        this.delay = delay;
        this.within = within;
    }

    @Override
    public <R> R sendAndWait(Object command) {
        return sendThroughOutages(command, delegate::sendAndWait);
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        return sendThroughOutages(command, c -> delegate.sendAndWait(c, timeout, unit));
    }

    /**
     * Up to {@code retries} more attempts, the delay doubling, each starting within {@code within} of the first; a
     * commit rolled back is sent again at once even later: the database answered it, so it is back.
     */
    private <R> R sendThroughOutages(Object command, Function<Object, R> send) {
        boolean repeatable = command instanceof Resendable || IdempotentRequest.current().isPresent();
        boolean inDoubt = false;
        long started = System.nanoTime();
        Duration pause = delay;
        for (int attempt = 0; ; attempt++) {
            try {
                R answer = send.apply(command);
                lastOutage.set(null);
                return answer;
            } catch (AnsweredBefore before) {
                // also how a keyed command learns that its commit in doubt went through
                lastOutage.set(null);
                @SuppressWarnings("unchecked") R answer = (R) before.answer();
                return answer;
            } catch (RuntimeException failure) {
                long now = System.nanoTime();
                inDoubt |= CommitInDoubt.in(failure);
                if (StoreOutage.isOutage(failure)) {
                    lastOutage.set(new Outage(failure, now));
                }
                boolean inTime = now + pause.toNanos() - started <= within.toNanos()
                                 || failure instanceof UnexpectedRollbackException;
                boolean again = attempt < retries && inTime && harmlessToSendAgain(failure, repeatable, inDoubt);
                if (!again) {
                    throw inDoubt ? outcomeUnknown(failure) : answerOf(failure);
                }
                sleep(pause);
                pause = pause.multipliedBy(2);
            }
        }
    }

    /**
     * Whether a command that failed so may be sent again: an outage before its commit, or one at the commit if a
     * repeat is harmless; and a commit that found its transaction marked rollback-only, which recorded nothing. That
     * happens when the database went away while Axon read the aggregate's snapshot: Axon takes an unreadable snapshot
     * for a broken one and rebuilds the aggregate from its events on a connection got back meanwhile, but the failed
     * query had doomed the transaction.
     */
    static boolean harmlessToSendAgain(RuntimeException failure, boolean repeatable, boolean inDoubt) {
        if (inDoubt && !repeatable) {
            return false;
        }
        return StoreOutage.isOutage(failure) || failure instanceof UnexpectedRollbackException;
    }

    /**
     * A command that did not get its turn on its alliance while the database is away waited behind commands that
     * wait for the database: that is the answer it gets, not that the alliance is busy.
     */
    private RuntimeException answerOf(RuntimeException failure) {
        Outage outage = lastOutage.get();
        if (ExceptionUtils.findException(failure, LockAcquisitionFailedException.class).isPresent() && outage != null
            && System.nanoTime() - outage.at() < OUTAGE_REMEMBERED.toNanos()) {
            return new TurnLostToOutage(outage.failure(), failure);
        }
        return failure;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to send a command again", e);
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
