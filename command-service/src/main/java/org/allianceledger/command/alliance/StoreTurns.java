package org.allianceledger.command.alliance;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * An alliance's turn among all command-service instances: a PostgreSQL advisory lock of the command's transaction,
 * keyed by the alliance, so that two instances' commands on one alliance never append at once (the loser of such a
 * race was rolled back and sent again from scratch). Taken on the command's own connection (the {@link JdbcClient}
 * joins its transaction), after the instance's own turn: with the lazy connections of decision 7, only the one
 * command per instance that has the alliance holds a connection while it waits here. The lock goes with the
 * transaction's end; a wait past what is left of {@code alliance.lock.wait} is Axon's
 * {@link LockAcquisitionFailedException}, 503 SERVICE_BUSY, the same as for a turn not had in this instance.
 * Counted as {@code alliance.store.turns} by outcome: free, waited, busy.
 */
final class StoreTurns implements QueuedLockFactory.StoreTurn {

    /** The first of PostgreSQL's two-key advisory locks: a space of its own, apart from Flyway's one-key locks. */
    static final int ALLIANCE_LOCKS = 16;
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final JdbcClient jdbc;
    private final MeterRegistry metrics;

    StoreTurns(JdbcClient jdbc, MeterRegistry metrics) {
        this.jdbc = jdbc;
        this.metrics = metrics;
    }

    @Override
    public void take(String alliance, Duration left) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return; // a lock that ends with the statement would order nothing
        }
        Map<String, Object> tried = jdbc.sql("SELECT pg_try_advisory_xact_lock(?, hashtext(?)) AS free, "
                                             + "current_setting('lock_timeout') AS timeout")
                .param(ALLIANCE_LOCKS).param(alliance)
                .query().singleRow();
        if (Boolean.TRUE.equals(tried.get("free"))) {
            count("free");
            return;
        }
        // lock_timeout 0 would mean no bound at all
        setLockTimeout(Math.max(1, left.toMillis()) + "ms");
        try {
            jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?, hashtext(?))) AS turn")
                    .param(ALLIANCE_LOCKS).param(alliance)
                    .query(Integer.class).single();
        } catch (DataAccessException failure) {
            if (failure.getMostSpecificCause() instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                count("busy");
                throw new LockAcquisitionFailedException("No turn on " + alliance + " in the store within " + left, failure);
            }
            throw failure;
        }
        // what else the transaction waits for is bounded as before
        setLockTimeout((String) tried.get("timeout"));
        count("waited");
    }

    private void setLockTimeout(String timeout) {
        jdbc.sql("SELECT set_config('lock_timeout', ?, true)").param(timeout).query(String.class).single();
    }

    private void count(String outcome) {
        metrics.counter("alliance.store.turns", "outcome", outcome).increment();
    }
}
