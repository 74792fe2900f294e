package org.allianceledger.command.suspension;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.MemberExpelled;
import org.allianceledger.events.MemberSuspended;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.SuspensionLifted;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The members' suspensions, each member's latest until it leaves: a suspended member neither votes nor records deals.
 * Members are the alliance's: the alliance checks that the member is one before asking.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class Suspensions {

    private String allianceId;
    private Map<String, Suspension> latest = new HashMap<>();

    /**
     * One suspension at a time; the same one resent is no change. {@code until} may be up to a year ahead.
     * {@code memberSince}: when the (current) member joined.
     */
    public void suspend(SuspendMember command, LocalDate memberSince) {
        Suspension current = latest.get(command.member());
        if (current != null && current.sameAs(command)) {
            return;
        }
        if (command.from().isBefore(memberSince)) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, command.member() + " has been a member since " + memberSince);
        }
        if (command.until() != null && (command.until().isBefore(command.from())
                                        || command.until().isAfter(BusinessCalendar.today().plusYears(1)))) {
            throw new Refused(RefusalCode.VALIDATION_FAILED, "until must be from the first day suspended to a year ahead");
        }
        if (current != null && current.inForceOnOrAfter(command.from())) {
            throw new Refused(RefusalCode.MEMBER_SUSPENDED, command.member() + " is already suspended from " + current.from());
        }
        apply(new MemberSuspended(allianceId, command.member(), command.from(), command.until(), command.reason()));
    }

    /** Lifting a suspension that is not in force any more (lifted before, run out) is no change. */
    public void lift(LiftSuspension command) {
        Suspension current = latest.get(command.member());
        if (current == null || !current.inForceOnOrAfter(command.effectiveOn())) {
            return;
        }
        if (command.effectiveOn().isBefore(current.from())) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, "The suspension began on " + current.from());
        }
        apply(new SuspensionLifted(allianceId, command.member(), command.effectiveOn()));
    }

    public void requireNotSuspended(String member, LocalDate day) {
        Suspension suspension = latest.get(member);
        if (suspension != null && suspension.covers(day)) {
            throw new Refused(RefusalCode.MEMBER_SUSPENDED, member + " is suspended on " + day);
        }
    }

    @EventSourcingHandler
    void on(AllianceFounded founded) {
        allianceId = founded.allianceId();
    }

    @EventSourcingHandler
    void on(MemberSuspended suspended) {
        latest.put(suspended.member(), Suspension.of(suspended));
    }

    @EventSourcingHandler
    void on(SuspensionLifted lifted) {
        latest.computeIfPresent(lifted.member(), (member, suspension) -> suspension.liftedOn(lifted.effectiveOn()));
    }

    @EventSourcingHandler
    void on(MemberWithdrew withdrew) {
        latest.remove(withdrew.member());
    }

    @EventSourcingHandler
    void on(MemberExpelled expelled) {
        latest.remove(expelled.member());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Suspensions that && Objects.equals(allianceId, that.allianceId) && latest.equals(that.latest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allianceId, latest.keySet());
    }
}
