package org.allianceledger.command.suspension;

import org.allianceledger.events.MemberSuspended;

import java.time.LocalDate;

/**
 * A member's latest suspension: from {@code from} through {@code until} (null: open-ended), ended early from
 * {@code liftedOn} on when lifted.
 */
public record Suspension(LocalDate from, LocalDate until, String reason, LocalDate liftedOn) {

    public static Suspension of(MemberSuspended suspended) {
        return new Suspension(suspended.from(), suspended.until(), suspended.reason(), null);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until)) && (liftedOn == null || day.isBefore(liftedOn));
    }

    /** Whether it still matters on or after {@code day}: it has not ended before. */
    public boolean inForceOnOrAfter(LocalDate day) {
        return (until == null || !until.isBefore(day)) && (liftedOn == null || liftedOn.isAfter(day));
    }

    public Suspension liftedOn(LocalDate day) {
        return new Suspension(from, until, reason, day);
    }

    public boolean sameAs(SuspendMember command) {
        return liftedOn == null && from.equals(command.from()) && java.util.Objects.equals(until, command.until())
                && reason.equals(command.reason());
    }
}
