package org.allianceledger.query.projections;

/**
 * Published (as a Spring application event) when this instance sees that queries read another copy of the read
 * models than when it last looked: a rebuild has switched them over, on this instance or another one.
 */
public record ReadModelsSwitched(String readFrom) {
}
