package org.allianceledger.platform.messaging;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import static org.allianceledger.platform.messaging.LedgerMetaData.CORRELATION_ID;
import static org.allianceledger.platform.messaging.LedgerMetaData.SUBMITTED_BY;
import static org.allianceledger.platform.messaging.LedgerMetaData.SYSTEM;

/**
 * Stamps every command with the authenticated caller and the request's correlation id (the client's
 * {@code X-Correlation-Id} header when it sends a sensible one), so the events it causes can say so.
 */
public class CallerMetaDataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final Pattern SENSIBLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> added = new HashMap<>();
            if (!command.getMetaData().containsKey(SUBMITTED_BY)) {
                added.put(SUBMITTED_BY, caller());
            }
            if (!command.getMetaData().containsKey(CORRELATION_ID)) {
                added.put(CORRELATION_ID, correlationId());
            }
            return command.andMetaData(added);
        };
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? SYSTEM : authentication.getName();
    }

    private static String correlationId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String header = attributes.getRequest().getHeader(CORRELATION_HEADER);
            if (header != null && SENSIBLE_ID.matcher(header).matches()) {
                return header;
            }
        }
        return UUID.randomUUID().toString();
    }
}
