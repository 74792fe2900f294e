package org.allianceledger.query.projections;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The health component {@code projections}: DOWN while a segment is in error (the processor has stopped for every
 * alliance of that segment), DEGRADED while events are parked.
 * <p>
 * Parked events are not DOWN: they stop one alliance's read models, not the service, which goes on answering for
 * the others; and every instance shares the one dead-letter queue, so DOWN would take all of them out of a load
 * balancer at once, and no restart clears a parked event. DEGRADED ranks above UP in the aggregate and answers
 * HTTP 200 ({@code management.endpoint.health.status} in query-service.yml).
 */
@Component("projectionsHealthIndicator") // the health component is then called "projections"
class ProjectionsHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Events are parked: their alliances' read models are stuck");
    /** The longest parked alliances listed; all of them, with the full causes, are in GET /api/admin/projections. */
    private static final int LISTED = 10;

    private final ProjectionStatus status;

    ProjectionsHealthIndicator(ProjectionStatus status) {
        this.status = status;
    }

    /** An alliance with parked events, as health shows it. */
    record Parked(String allianceId, long events, String firstEvent, Long firstSequence, String cause) {
    }

    @Override
    public Health health() {
        ProjectionStatus.Projection projection = status.current();
        boolean failing = projection.segments().stream().anyMatch(segment -> segment.error() != null);
        ParkedEvents.ParkedSummary parked = projection.parked();
        Health.Builder health = failing ? Health.down() : parked.events() > 0 ? Health.status(DEGRADED) : Health.up();
        health.withDetail("readFrom", projection.readFrom())
                .withDetail("rebuilding", projection.building() != null)
                .withDetail("position", String.valueOf(projection.position()))
                .withDetail("head", projection.head())
                .withDetail("lag", projection.lag())
                .withDetail("parked", parked.events());
        if (!parked.alliances().isEmpty()) {
            health.withDetail("parkedAllianceCount", parked.alliances().size())
                    .withDetail("parkedAlliances", listed(parked.alliances()));
        }
        return health.build();
    }

    private static List<Parked> listed(List<ParkedEvents.ParkedAlliance> alliances) {
        return alliances.stream().limit(LISTED)
                .map(a -> new Parked(a.allianceId(), a.events(), a.firstEvent(), a.firstSequence(), cause(a)))
                .toList();
    }

    /** The cause's type and first line: PostgreSQL puts the row it failed on, if any, on the lines after it. */
    private static String cause(ParkedEvents.ParkedAlliance alliance) {
        if (alliance.causeType() == null) {
            return null;
        }
        String type = alliance.causeType().substring(alliance.causeType().lastIndexOf('.') + 1);
        return alliance.cause() == null ? type : type + ": " + alliance.cause().lines().findFirst().orElse("");
    }
}
