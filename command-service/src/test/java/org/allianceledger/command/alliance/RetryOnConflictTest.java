package org.allianceledger.command.alliance;

import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A command that lost a race for the same alliance is retried; one refused on its merits is not. */
class RetryOnConflictTest {

    private final RetryScheduler retry = AllianceConfiguration.retryOnConflict(3);

    private boolean retried(RuntimeException failure) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        failures.add(new Class[]{failure.getClass()});
        return retry.scheduleRetry(GenericCommandMessage.asCommandMessage("vote"), failure, failures, () -> { });
    }

    @Test
    void aLostRaceOnTheEventStoreIsRetried() {
        // as Axon's JDBC engine reports it: the batch's failure, caused by the unique-key violation
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        assertThat(retried(new ConcurrencyException("An event for aggregate [a] at sequence [1] was already inserted",
                new BatchUpdateException("Batch entry 0 was aborted", "23505", new int[0], duplicate)))).isTrue();
        assertThat(retried(new ConcurrencyException("Deal d was recorded concurrently"))).isTrue();
    }

    @Test
    void anOutageIsNotTakenForALostRace() {
        assertThat(retried(new JDBCConnectionException("Connection is closed",
                new SQLException("This connection has been closed.", "08003")))).isFalse();
    }

    @Test
    void aRefusalOrAFaultIsNotRetried() {
        assertThat(retried(new Refused(RefusalCode.ALREADY_VOTED, "voted"))).isFalse();
        assertThat(retried(new IllegalStateException("a bug", new ConcurrencyException("inside")))).isFalse();
    }
}
