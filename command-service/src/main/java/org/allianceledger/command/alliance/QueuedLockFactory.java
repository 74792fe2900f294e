package org.allianceledger.command.alliance;

import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.common.lock.LockFactory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The alliances' locks for Axon's repository: commands on one alliance take their turns in arrival order, and one
 * that found {@code maxWaiting} others waiting, or did not get its turn within {@code wait}, gives up with Axon's
 * {@link LockAcquisitionFailedException} (answered 503 SERVICE_BUSY). Axon's PessimisticLockFactory bounds no wait:
 * it discards an identifier's lock at every release, so its waiters race again for a new one, in no order, each with
 * its time budget started anew.
 * <p>
 * Having its turn here, a command takes the alliance's turn in the store too ({@link StoreTurn}), within what is left
 * of the same wait: the turns of this instance keep the other instances' commands on the alliance waiting for none
 * but one of them.
 */
final class QueuedLockFactory implements LockFactory {

    private final Map<String, Turns> turns = new ConcurrentHashMap<>();
    private final Duration wait;
    private final int maxWaiting;
    private final StoreTurn storeTurn;

    /** Turns among the commands of this instance only. */
    QueuedLockFactory(Duration wait, int maxWaiting) {
        this(wait, maxWaiting, (identifier, left) -> { });
    }

    QueuedLockFactory(Duration wait, int maxWaiting, StoreTurn storeTurn) {
        this.wait = wait;
        this.maxWaiting = maxWaiting;
        this.storeTurn = storeTurn;
    }

    @Override
    public Lock obtainLock(String identifier) {
        long started = System.nanoTime();
        Turns queue = turns.compute(identifier, (id, existing) -> (existing == null ? new Turns() : existing).join());
        boolean obtained = false;
        try {
            if (queue.lock.getQueueLength() >= maxWaiting) {
                throw new LockAcquisitionFailedException(maxWaiting + " commands already wait for " + identifier);
            }
            obtained = queue.lock.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS);
            if (!obtained) {
                throw new LockAcquisitionFailedException("No turn on " + identifier + " within " + wait);
            }
            try {
                storeTurn.take(identifier, wait.minusNanos(System.nanoTime() - started));
            } catch (RuntimeException noTurn) {
                queue.lock.unlock();
                obtained = false;
                throw noTurn;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockAcquisitionFailedException("Interrupted while waiting for " + identifier, e);
        } finally {
            if (!obtained) {
                leave(identifier);
            }
        }
        return new Lock() {
            @Override
            public void release() {
                queue.lock.unlock();
                leave(identifier);
            }

            @Override
            public boolean isHeld() {
                return queue.lock.isHeldByCurrentThread();
            }
        };
    }

    /** How many commands wait for their turn on an alliance. */
    int waiting(String identifier) {
        Turns queue = turns.get(identifier);
        return queue == null ? 0 : queue.lock.getQueueLength();
    }

    /** How many alliances are locked or waited for: an alliance nobody uses costs nothing. */
    int inUse() {
        return turns.size();
    }

    private void leave(String identifier) {
        turns.computeIfPresent(identifier, (id, queue) -> queue.leave() ? null : queue);
    }

    /** The alliance's turn among all instances, for the rest of the command's transaction. */
    @FunctionalInterface
    interface StoreTurn {
        /** Returns once it is this command's turn; throws {@link LockAcquisitionFailedException} if not within {@code left}. */
        void take(String identifier, Duration left);
    }

    /** A fair lock and the number of its holds and waiters, changed only inside the map's atomic updates. */
    private static final class Turns {
        private final ReentrantLock lock = new ReentrantLock(true);
        private int users;

        Turns join() {
            users++;
            return this;
        }

        /** Whether that was the last user, so the entry can go. */
        boolean leave() {
            return --users == 0;
        }
    }
}
