package org.allianceledger.query.projections;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Savepoint;

/**
 * Each projection handler runs behind a savepoint. In PostgreSQL a failed statement aborts the whole transaction,
 * so without it the dead-letter queue could not park the failing event in the same batch, nor could the batch's
 * other events commit; with it, only the failing handler's changes are undone. Replayed events that write nothing
 * until their batch commits (ReadModelWriter) need none.
 */
@Component
class SavepointPerHandler implements HandlerEnhancerDefinition {

    private final DataSource dataSource;
    private final ReadModelWriter writer;

    SavepointPerHandler(DataSource dataSource, ReadModelWriter writer) {
        this.dataSource = dataSource;
        this.writer = writer;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)
                || !original.declaringClass().getPackageName().startsWith("org.allianceledger.query")) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!TransactionSynchronizationManager.isActualTransactionActive() || writer.defers()) {
                    return super.handle(message, target);
                }
                Connection connection = DataSourceUtils.getConnection(dataSource);
                Savepoint savepoint = connection.setSavepoint();
                try {
                    Object result = super.handle(message, target);
                    connection.releaseSavepoint(savepoint);
                    return result;
                } catch (Exception e) {
                    connection.rollback(savepoint);
                    throw e;
                }
            }
        };
    }
}
