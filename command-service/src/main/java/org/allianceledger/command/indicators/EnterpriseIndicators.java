package org.allianceledger.command.indicators;

import org.allianceledger.events.IndicatorStream;
import org.allianceledger.events.RevenueReported;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One enterprise's yearly figures, an aggregate of its own: reporting never waits for, nor needs, any alliance the
 * enterprise is in (an enterprise need not be a member of anything to report). Every report of a year is kept; the
 * read side decides which one a question sees (the latest, or the latest known by a day).
 */
@Aggregate
public class EnterpriseIndicators {

    @AggregateIdentifier
    private String stream;
    /** Per year, the last report recorded and how many there are: a resend is recognised against the last. */
    private final Map<Integer, RevenueReported> lastReport = new HashMap<>();
    private final Map<Integer, Integer> revisions = new HashMap<>();

    protected EnterpriseIndicators() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RevenueRevision handle(ReportRevenue command) {
        if (command.reportedOn().getYear() < command.year()) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER,
                              "A report of " + command.year() + " cannot be dated " + command.reportedOn()
                              + ", before that year began");
        }
        RevenueReported reported = command.toEvent();
        if (!reported.equals(lastReport.get(command.year()))) {
            apply(reported);
        }
        return RevenueRevision.of(command.enterpriseId(), command.year(), revisions.get(command.year()));
    }

    @EventSourcingHandler
    void on(RevenueReported reported) {
        stream = IndicatorStream.of(reported.enterpriseId());
        lastReport.put(reported.year(), reported);
        revisions.merge(reported.year(), 1, Integer::sum);
    }
}
