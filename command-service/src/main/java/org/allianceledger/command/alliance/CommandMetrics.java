package org.allianceledger.command.alliance;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.allianceledger.command.idempotency.AnsweredBefore;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Times every command handled, by command type and outcome (success, refused, busy: no turn on the alliance in time,
 * repeated: answered as before under its Idempotency-Key, failed), as the metric {@code alliance.commands}
 * (Prometheus: {@code alliance_commands_seconds}): the command rate and latency. Axon's auto-configuration puts it on
 * the command bus, as it does every command handler interceptor bean. Not axon-micrometer's MessageTimerMonitor: it
 * tells only success from failure (timers {@code <prefix>.successTimer}, {@code .failureTimer}), not a refusal, a lost
 * turn or a repeat from a fault, which is what the outcome tag (and the operations guide) are for.
 */
@Component
class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final MeterRegistry registry;

    CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        try {
            Object result = chain.proceed();
            outcome = "success";
            return result;
        } catch (Refused refusal) {
            outcome = "refused";
            throw refusal;
        } catch (LockAcquisitionFailedException busy) {
            outcome = "busy";
            throw busy;
        } catch (AnsweredBefore repeat) {
            outcome = "repeated";
            throw repeat;
        } finally {
            sample.stop(Timer.builder("alliance.commands")
                                .description("Commands handled, by type and outcome")
                                .tag("command", unitOfWork.getMessage().getPayloadType().getSimpleName())
                                .tag("outcome", outcome)
                                .publishPercentileHistogram()
                                .register(registry));
        }
    }
}
