package org.allianceledger.command.zones;

import org.allianceledger.events.ZoneFounded;
import org.allianceledger.events.ZoneStream;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A development zone whose committee reads across several alliances. Which zone an alliance is in is the alliance's
 * fact ({@link JoinZone}), so a command on the zone never waits for an alliance (decision 14).
 */
@Aggregate
public class Zone {

    @AggregateIdentifier
    private String stream;
    /** Kept whole so that founding again with the same id and body is recognised as a retry. */
    private ZoneFounded founding;

    protected Zone() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ZoneVersion handle(FoundZone command) {
        ZoneFounded founded = command.toEvent();
        if (founding != null) {
            if (!founding.equals(founded)) {
                throw new Refused(RefusalCode.ID_ALREADY_USED, "Zone " + command.zoneId() + " already exists");
            }
            return ZoneVersion.of(founding.zoneId());
        }
        apply(founded);
        return ZoneVersion.of(command.zoneId());
    }

    @EventSourcingHandler
    void on(ZoneFounded founded) {
        stream = ZoneStream.of(founded.zoneId());
        founding = founded;
    }
}
