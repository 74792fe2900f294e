package org.allianceledger.command.outage;

import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.UnexpectedRollbackException;

import java.sql.SQLException;

import static org.allianceledger.command.outage.OutageRetryingGateway.harmlessToSendAgain;
import static org.assertj.core.api.Assertions.assertThat;

/** Which failures the gateway sends a command again after: only those after which a repeat can do no harm. */
class OutageRetryPolicyTest {

    private static RuntimeException beforeCommit() {
        return new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new JDBCConnectionException("Unable to acquire JDBC Connection",
                                            new SQLException("Connection refused", "08001")));
    }

    private static RuntimeException atCommit() {
        return new CommitInDoubt(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
    }

    private static RuntimeException rolledBack() {
        return new UnexpectedRollbackException("Transaction silently rolled back because it has been marked as rollback-only");
    }

    @Test
    void anOutageBeforeTheCommitIsSentAgainWhateverTheCommand() {
        assertThat(harmlessToSendAgain(beforeCommit(), false, false)).isTrue();
        assertThat(harmlessToSendAgain(beforeCommit(), true, false)).isTrue();
    }

    @Test
    void aCommitInDoubtIsSentAgainOnlyWhenARepeatIsHarmlessAndSoIsAnythingAfterIt() {
        assertThat(harmlessToSendAgain(atCommit(), false, true)).isFalse();
        assertThat(harmlessToSendAgain(atCommit(), true, true)).isTrue();
        assertThat(harmlessToSendAgain(beforeCommit(), false, true)).as("after a commit in doubt").isFalse();
        assertThat(harmlessToSendAgain(beforeCommit(), true, true)).isTrue();
    }

    @Test
    void aTransactionRolledBackAtItsCommitIsSentAgain() {
        assertThat(harmlessToSendAgain(rolledBack(), false, false)).isTrue();
        assertThat(harmlessToSendAgain(rolledBack(), false, true)).isFalse();
    }

    @Test
    void aRefusalABusyAllianceOrAFaultIsNot() {
        assertThat(harmlessToSendAgain(new Refused(RefusalCode.NOT_CURRENT_CHAIR, "not the chair"), true, false)).isFalse();
        assertThat(harmlessToSendAgain(new LockAcquisitionFailedException("No turn within 5s"), true, false)).isFalse();
        assertThat(harmlessToSendAgain(new IllegalStateException("a bug",
                new SQLException("duplicate key value violates unique constraint", "23505")), true, false)).isFalse();
    }
}
