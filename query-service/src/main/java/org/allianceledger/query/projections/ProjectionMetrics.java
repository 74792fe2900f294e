package org.allianceledger.query.projections;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** The projections' metrics: {@code alliance.projection.lag} and {@code alliance.projection.parked}. */
@Component
class ProjectionMetrics implements MeterBinder {

    private final ProjectionStatus status;
    private final ParkedEvents parked;

    ProjectionMetrics(ProjectionStatus status, ParkedEvents parked) {
        this.status = status;
        this.parked = parked;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("alliance.projection.lag", status::lag)
                .description("Events in the event store the projections have not applied yet")
                .register(registry);
        Gauge.builder("alliance.projection.parked", parked::count)
                .description("Events parked in the dead-letter queue: a projection failed on them or on an earlier "
                             + "event of their alliance")
                .register(registry);
    }
}
