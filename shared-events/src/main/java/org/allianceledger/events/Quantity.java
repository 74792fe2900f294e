package org.allianceledger.events;

import java.math.BigDecimal;

/** An amount and its unit as the parties wrote it ("t", "箱", "TNE"). */
public record Quantity(BigDecimal amount, String unit) {
}
