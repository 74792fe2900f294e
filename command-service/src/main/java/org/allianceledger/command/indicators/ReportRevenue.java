package org.allianceledger.command.indicators;

import org.allianceledger.command.Resendable;
import org.allianceledger.events.Disclosure;
import org.allianceledger.events.IndicatorStream;
import org.allianceledger.events.RevenueReported;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** An enterprise reports its revenue for a year; resent unchanged, it records nothing. */
public record ReportRevenue(String enterpriseId, int year, BigDecimal revenueCny, LocalDate reportedOn,
                            Disclosure disclosure, String source, String note) implements Resendable {

    /** The enterprise's indicator stream, not its plain id: see {@link IndicatorStream}. */
    @TargetAggregateIdentifier
    public String stream() {
        return IndicatorStream.of(enterpriseId);
    }

    /** Scale 2 (exact: at most two decimals pass the door), so 5 and 5.00 are one and the same report. */
    RevenueReported toEvent() {
        return new RevenueReported(enterpriseId, year, revenueCny.setScale(2, RoundingMode.UNNECESSARY), reportedOn,
                                   disclosure, source, note);
    }
}
