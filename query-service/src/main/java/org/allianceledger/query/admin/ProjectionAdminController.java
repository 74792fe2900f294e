package org.allianceledger.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Where the projections stand: for admins, for the health endpoint ({@code projections}: down while a segment
 * is in error) and for the metric {@code alliance.projection.lag} (events of the store not yet applied).
 */
@RestController("projectionsHealthIndicator") // the health component is then called "projections"
class ProjectionAdminController implements HealthIndicator, MeterBinder {

    private final Rebuild rebuild;
    private final ReadModelSchemas schemas;
    private final EventStore eventStore;

    ProjectionAdminController(Rebuild rebuild, ReadModelSchemas schemas, EventStore eventStore) {
        this.rebuild = rebuild;
        this.schemas = schemas;
        this.eventStore = eventStore;
    }

    @Override
    public Health health() {
        Projection projection = projections().projections().get(0);
        boolean failing = projection.segments().stream().anyMatch(segment -> segment.error() != null);
        return (failing ? Health.down() : Health.up())
                .withDetail("readFrom", projection.readFrom())
                .withDetail("rebuilding", projection.building() != null)
                .withDetail("position", String.valueOf(projection.position()))
                .withDetail("head", projection.head())
                .withDetail("lag", projection.lag())
                .build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("alliance.projection.lag", () -> projections().projections().get(0).lag())
                .description("Events in the event store the projections have not applied yet")
                .register(registry);
    }

    record Segment(int segment, Long position, boolean replaying, boolean caughtUp, String error) {
    }

    record Projection(String name, List<String> readModels, String readFrom, String building, Long position,
                      long head, long lag, int rebuildProgress, List<Segment> segments) {
    }

    record Projections(List<Projection> projections) {
    }

    @Operation(operationId = "getProjections", summary = "Each projection's position, the event store's head, the lag, and rebuild progress in percent")
    @GetMapping("/api/admin/projections")
    Projections projections() {
        Map<Integer, EventTrackerStatus> status = rebuild.processor().processingStatus();
        long head = position(eventStore.createHeadToken()).orElse(-1);
        List<Segment> segments = status.entrySet().stream()
                .map(e -> new Segment(e.getKey(), boxed(e.getValue().getCurrentPosition()), e.getValue().isReplaying(),
                                      e.getValue().isCaughtUp(),
                                      e.getValue().isErrorState() ? String.valueOf(e.getValue().getError()) : null))
                .sorted(java.util.Comparator.comparingInt(Segment::segment))
                .toList();
        Long position = status.values().stream()
                .map(s -> s.getCurrentPosition().orElse(-1))
                .min(Long::compare)
                .orElse(null);
        long lag = position == null ? head + 1 : Math.max(0, head - position);
        return new Projections(List.of(new Projection(
                org.allianceledger.query.Projections.GROUP, ReadModelSchemas.TABLES, schemas.active(), schemas.building(), position, head, lag,
                progress(status), segments)));
    }

    @Operation(operationId = "rebuildProjections", summary = "Rebuild every read model from the event store beside the current ones; queries keep "
                         + "reading the current ones until the new ones have caught up")
    @PostMapping("/api/admin/projections/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "409", description = "REBUILD_IN_PROGRESS: a rebuild is already under way")
    Projections startRebuild() {
        rebuild.start();
        return projections();
    }

    /** 100 when not rebuilding; else how far the slowest segment has replayed towards the head at the reset. */
    private int progress(Map<Integer, EventTrackerStatus> status) {
        if (schemas.building() == null) {
            return 100;
        }
        if (status.isEmpty()) {
            return 0;
        }
        double least = 1.0;
        for (EventTrackerStatus segment : status.values()) {
            OptionalLong reset = segment.getResetPosition();
            if (!Rebuild.replayed(segment) && reset.isPresent() && reset.getAsLong() > 0) {
                least = Math.min(least, Math.max(0, segment.getCurrentPosition().orElse(0)) / (double) reset.getAsLong());
            }
        }
        return (int) Math.floor(Math.min(least, 0.99) * 100);
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
