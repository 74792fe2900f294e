package org.allianceledger.platform.web;

import java.util.EnumSet;
import java.util.Set;

/** A list read filtered by {@code ?status=A,B}: no status given (or none left) means every status. */
public final class StatusFilter {

    private StatusFilter() {
    }

    public static <S extends Enum<S>> Set<S> wantedOrAll(Set<S> given, Class<S> statuses) {
        return given == null || given.isEmpty() ? EnumSet.allOf(statuses) : given;
    }
}
