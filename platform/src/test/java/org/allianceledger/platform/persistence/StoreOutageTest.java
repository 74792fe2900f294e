package org.allianceledger.platform.persistence;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** An outage is told by the SQLState the driver and the pool keep, however the frameworks wrap it. */
class StoreOutageTest {

    @Test
    void aConnectionFailureOrAServerGoingAwayIsAnOutage() {
        assertThat(StoreOutage.isOutage(new SQLException("Connection to 127.0.0.1:54329 refused", "08001",
                                                         new ConnectException("Connection refused")))).isTrue();
        assertThat(StoreOutage.isOutage(new SQLException("An I/O error occurred while sending to the backend.", "08006"))).isTrue();
        assertThat(StoreOutage.isOutage(new SQLException("FATAL: terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(StoreOutage.isOutage(new SQLException("FATAL: the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void aConnectionThePoolClosedAfterItBrokeIsTheSameOutage() {
        assertThat(StoreOutage.isOutage(new RuntimeException("Error when preparing statement.",
                                                             new SQLException("Connection is closed")))).isTrue();
        assertThat(StoreOutage.isOutage(new SQLException("Connection is closed", "42000"))).isFalse();
    }

    @Test
    void anOutageIsFoundHoweverItIsWrapped() {
        SQLException refused = new SQLException("Connection refused", "08001");
        SQLTransientConnectionException poolTimeout = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 2000ms", "08001", refused);
        assertThat(StoreOutage.isOutage(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new JDBCConnectionException("Unable to acquire JDBC Connection", poolTimeout)))).isTrue();
        SQLException batch = new SQLException("Batch entry 0 was aborted", "08006");
        SQLException head = new SQLException("batch failed");
        head.setNextException(batch);
        assertThat(StoreOutage.isOutage(new RuntimeException(head))).isTrue();
    }

    @Test
    void aBusyPoolOrAStatementTheDatabaseRefusedIsNoOutage() {
        assertThat(StoreOutage.isOutage(new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 2000ms (total=10, active=10)"))).isFalse();
        assertThat(StoreOutage.isOutage(new SQLException("duplicate key value violates unique constraint", "23505"))).isFalse();
        assertThat(StoreOutage.isOutage(new SQLException("could not serialize access", "40001"))).isFalse();
        assertThat(StoreOutage.isOutage(new IllegalStateException("a bug"))).isFalse();
    }
}
