package org.allianceledger.events;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An enterprise reported its revenue for a year, as of {@code reportedOn}. A later report for the same year is a
 * revision kept beside this one. Stored under the enterprise's own stream ({@link IndicatorStream}), never an
 * alliance's. {@code revenueCny} always has scale 2, so equal amounts are equal records.
 */
@Revision("1")
public record RevenueReported(String enterpriseId,
                              int year,
                              BigDecimal revenueCny,
                              LocalDate reportedOn,
                              Disclosure disclosure,
                              String source,
                              String note) {
}
