package org.allianceledger.command.idempotency;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.BiFunction;

/** Puts the request's Idempotency-Key on the command it sends, for the handler to keep the answer under. */
@Component
class IdempotencyMetaData implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> IdempotentRequest.current()
                .<CommandMessage<?>>map(request -> command.andMetaData(request.asMetaData()))
                .orElse(command);
    }
}
