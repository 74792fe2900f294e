package org.allianceledger.command.alliance;

import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class QueuedLockFactoryTest {

    final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void commandsTakeTheirTurnsInArrivalOrder() throws Exception {
        QueuedLockFactory locks = new QueuedLockFactory(Duration.ofSeconds(10), 100);
        Lock held = locks.obtainLock("a");
        List<Integer> turns = new CopyOnWriteArrayList<>();
        List<Future<?>> waiters = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int arrival = i;
            waiters.add(threads.submit(() -> {
                Lock lock = locks.obtainLock("a");
                turns.add(arrival);
                lock.release();
            }));
            awaitWaiting(locks, "a", i + 1);
        }
        held.release();
        for (Future<?> waiter : waiters) {
            waiter.get();
        }
        assertThat(turns).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(locks.inUse()).isZero();
    }

    @Test
    void aCommandGivesUpAfterItsWaitHoweverOftenTheLockChangesHandsMeanwhile() throws Exception {
        QueuedLockFactory locks = new QueuedLockFactory(Duration.ofMillis(400), 100);
        Lock held = locks.obtainLock("a");
        for (int i = 0; i < 5; i++) {
            threads.submit(() -> {
                Lock lock = locks.obtainLock("a");
                Thread.sleep(200);
                lock.release();
                return null;
            });
            awaitWaiting(locks, "a", i + 1);
        }
        CompletableFuture<Long> late = CompletableFuture.supplyAsync(() -> {
            long started = System.nanoTime();
            try {
                locks.obtainLock("a").release();
                return -1L;
            } catch (LockAcquisitionFailedException e) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            }
        }, threads);
        awaitWaiting(locks, "a", 6);
        held.release(); // five turns of 200 ms each are ahead of the late one, which may wait 400 ms in all
        assertThat(late.get()).as("gave up after, in ms").isBetween(350L, 900L);
    }

    @Test
    void aCommandThatFindsTooManyWaitingIsTurnedAwayAtOnce() throws Exception {
        QueuedLockFactory locks = new QueuedLockFactory(Duration.ofSeconds(10), 2);
        Lock held = locks.obtainLock("a");
        List<Future<?>> waiters = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            waiters.add(threads.submit(() -> locks.obtainLock("a").release()));
            awaitWaiting(locks, "a", i + 1);
        }
        long started = System.nanoTime();
        assertThatThrownBy(() -> locks.obtainLock("a")).isInstanceOf(LockAcquisitionFailedException.class)
                .hasMessageContaining("2 commands already wait for a");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(1000);
        held.release();
        for (Future<?> waiter : waiters) {
            waiter.get();
        }
        assertThat(locks.inUse()).isZero();
    }

    @Test
    void theHolderMayTakeItsLockAgainAndAnAllianceNobodyUsesCostsNothing() throws Exception {
        QueuedLockFactory locks = new QueuedLockFactory(Duration.ofMillis(200), 100);
        Lock outer = locks.obtainLock("a");
        Lock inner = locks.obtainLock("a");
        assertThat(inner.isHeld()).isTrue();
        inner.release();
        assertThat(outer.isHeld()).isTrue();
        Future<Lock> other = threads.submit(() -> locks.obtainLock("a"));
        assertThatThrownBy(other::get).hasCauseInstanceOf(LockAcquisitionFailedException.class);
        outer.release();
        assertThat(outer.isHeld()).isFalse();
        assertThat(locks.inUse()).isZero();
        threads.submit(() -> locks.obtainLock("a").release()).get(1, TimeUnit.SECONDS);
        assertThat(locks.inUse()).isZero();
    }

    @Test
    void theStoreTurnIsTakenAfterThisInstancesTurnWithinWhatIsLeftOfTheWaitAndItsFailureFreesTheAlliance() throws Exception {
        List<Duration> left = new CopyOnWriteArrayList<>();
        QueuedLockFactory locks = new QueuedLockFactory(Duration.ofSeconds(2), 100, (identifier, remaining) -> {
            if (identifier.equals("busy")) {
                throw new LockAcquisitionFailedException("No turn on " + identifier + " in the store");
            }
            left.add(remaining);
        });
        Lock held = locks.obtainLock("a");
        Future<?> waiter = threads.submit(() -> locks.obtainLock("a").release());
        awaitWaiting(locks, "a", 1);
        Thread.sleep(300);
        held.release();
        waiter.get(1, TimeUnit.SECONDS);
        assertThat(left).hasSize(2);
        assertThat(left.get(1)).as("what is left after the wait in this instance")
                .isLessThanOrEqualTo(Duration.ofMillis(1700)).isPositive();

        assertThatThrownBy(() -> locks.obtainLock("busy")).isInstanceOf(LockAcquisitionFailedException.class);
        assertThat(locks.inUse()).as("nothing held after the store said no").isZero();
        assertThat(threads.submit(() -> locks.waiting("busy")).get(1, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void alliancesDoNotWaitForEachOther() throws Exception {
        QueuedLockFactory locks = new QueuedLockFactory(Duration.ofSeconds(10), 100);
        Lock a = locks.obtainLock("a");
        threads.submit(() -> locks.obtainLock("b").release()).get(1, TimeUnit.SECONDS);
        a.release();
    }

    private static void awaitWaiting(QueuedLockFactory locks, String identifier, int count) throws InterruptedException {
        for (int i = 0; i < 500 && locks.waiting(identifier) < count; i++) {
            Thread.sleep(10);
        }
        assertThat(locks.waiting(identifier)).as("waiting for " + identifier).isEqualTo(count);
    }
}
