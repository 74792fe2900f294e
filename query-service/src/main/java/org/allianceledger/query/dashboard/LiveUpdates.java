package org.allianceledger.query.dashboard;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.allianceledger.query.projections.ReadModelsApplied;
import org.allianceledger.query.projections.ReadModelsSwitched;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Tells open dashboards that an alliance's read models have changed, as server-sent events, once the projections
 * have committed a batch. Sending happens on a thread of its own, so a slow browser never holds up a projection.
 */
@Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    /** Browsers reconnect by themselves; a bounded stream keeps abandoned ones from piling up. */
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final Map<String, Set<SseEmitter>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-updates");
        thread.setDaemon(true);
        return thread;
    });

    LiveUpdates(MeterRegistry meters) {
        Gauge.builder("alliance.live.streams", this, LiveUpdates::listening)
                .description("Dashboards listening for live updates").register(meters);
    }

    record Applied(String allianceId, long version) {
    }

    SseEmitter listen(String allianceId, long version) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Set<SseEmitter> ofAlliance = listeners.computeIfAbsent(allianceId, key -> ConcurrentHashMap.newKeySet());
        ofAlliance.add(emitter);
        Runnable forget = () -> ofAlliance.remove(emitter);
        emitter.onCompletion(forget);
        emitter.onTimeout(() -> {
            forget.run();
            emitter.complete(); // the browser reconnects
        });
        emitter.onError(error -> forget.run());
        // the first event says where the read models stand, so a client knows whether it missed anything
        sender.execute(() -> send(emitter, ofAlliance, event("applied", new Applied(allianceId, version))));
        return emitter;
    }

    /** After a batch of projections committed: the latest version applied per alliance. */
    @EventListener
    void applied(ReadModelsApplied applied) {
        if (listeners.isEmpty()) {
            return; // nobody watching: nothing to do for each batch of a catch-up
        }
        Map<String, Long> copy = Map.copyOf(applied.versions());
        sender.execute(() -> copy.forEach((allianceId, version) -> {
            Set<SseEmitter> ofAlliance = listeners.getOrDefault(allianceId, Set.of());
            ofAlliance.forEach(emitter ->
                    send(emitter, ofAlliance, event("applied", new Applied(allianceId, version))));
        }));
    }

    /** After a rebuild switched the read models, every open dashboard reloads what it shows. */
    @EventListener(ReadModelsSwitched.class)
    void rebuilt() {
        sender.execute(() -> listeners.forEach((allianceId, ofAlliance) ->
                ofAlliance.forEach(emitter ->
                        send(emitter, ofAlliance, event("rebuilt", Map.of("allianceId", allianceId))))));
    }

    /** A comment now and then, so that proxies keep the stream open and dead connections are noticed. */
    @Scheduled(fixedDelay = 15_000)
    void heartbeat() {
        sender.execute(() -> listeners.values().forEach(ofAlliance -> ofAlliance.forEach(emitter ->
                send(emitter, ofAlliance, SseEmitter.event().comment("still here")))));
    }

    /** Ends every stream when the service stops, so that its graceful shutdown need not wait for them. */
    @EventListener(ContextClosedEvent.class)
    void closeStreams() {
        listeners.values().forEach(ofAlliance -> ofAlliance.forEach(SseEmitter::complete));
        listeners.clear();
        sender.shutdown();
    }

    private int listening() {
        return listeners.values().stream().mapToInt(Set::size).sum();
    }

    private static SseEmitter.SseEventBuilder event(String name, Object data) {
        return SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON);
    }

    private static void send(SseEmitter emitter, Set<SseEmitter> ofAlliance, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            ofAlliance.remove(emitter);
            log.debug("A dashboard went away: {}", gone.toString());
        }
    }
}
