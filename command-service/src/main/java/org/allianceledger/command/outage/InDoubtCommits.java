package org.allianceledger.command.outage;

import org.allianceledger.platform.persistence.StoreOutage;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;

/**
 * Axon's Spring transaction manager, telling a commit that broke off with the connection (its outcome unknown) from
 * every other failure. A failure before the commit cannot have recorded anything: the server rolls back a
 * transaction whose connection is gone, and every write of a command (events, deal ids, idempotency keys) is in
 * this one transaction.
 */
class InDoubtCommits extends SpringTransactionManager {

    InDoubtCommits(PlatformTransactionManager transactions) {
        super(transactions);
    }

    @Override
    protected void commitTransaction(TransactionStatus status) {
        try {
            super.commitTransaction(status);
        } catch (RuntimeException failure) {
            if (StoreOutage.isOutage(failure)) {
                throw new CommitInDoubt(failure);
            }
            throw failure;
        }
    }
}
