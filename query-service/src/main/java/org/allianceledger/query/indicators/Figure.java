package org.allianceledger.query.indicators;

import org.allianceledger.events.Disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The revision of an enterprise's yearly revenue a question sees. */
record Figure(BigDecimal revenueCny, LocalDate reportedOn, Disclosure disclosure) {

    boolean confidential() {
        return disclosure == Disclosure.CONFIDENTIAL;
    }
}
