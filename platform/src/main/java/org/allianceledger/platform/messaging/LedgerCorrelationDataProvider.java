package org.allianceledger.platform.messaging;

import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.Map;

import static org.allianceledger.platform.messaging.LedgerMetaData.CAUSATION_ID;
import static org.allianceledger.platform.messaging.LedgerMetaData.CORRELATION_ID;
import static org.allianceledger.platform.messaging.LedgerMetaData.SUBMITTED_BY;
import static org.allianceledger.platform.messaging.LedgerMetaData.SYSTEM;

/**
 * Copies the caller and correlation id of the handled message onto every message it causes, and names
 * the handled message as their cause. A deadline acts on its own, so what it causes is the system's.
 */
public class LedgerCorrelationDataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Object submittedBy = message instanceof DeadlineMessage
                ? SYSTEM
                : message.getMetaData().getOrDefault(SUBMITTED_BY, SYSTEM);
        return Map.of(SUBMITTED_BY, submittedBy,
                      CORRELATION_ID, message.getMetaData().getOrDefault(CORRELATION_ID, message.getIdentifier()),
                      CAUSATION_ID, message.getIdentifier());
    }
}
