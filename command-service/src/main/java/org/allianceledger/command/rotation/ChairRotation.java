package org.allianceledger.command.rotation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.Charter;
import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.events.RotationOverdue;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The rotating chair: who holds it since when, until when. A term runs {@code chairTermMonths} calendar months
 * from its first day; one that ends without a handover is overdue, through a persistent deadline.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class ChairRotation {

    private String allianceId;
    private int termMonths;
    private String chair;
    private LocalDate since;
    private LocalDate termEnds;
    private boolean overdue;

    public String chair() {
        return chair;
    }

    /** The first term, from the founding: its end is scheduled as a deadline. */
    public void scheduleTermEnd(DeadlineManager deadlines) {
        deadlines.schedule(termEnds.atStartOfDay(BusinessCalendar.ZONE).toInstant(), ChairTermEnded.DEADLINE,
                           new ChairTermEnded(since, termEnds));
    }

    public void handOver(HandOverRotation command, Predicate<String> isMember, DeadlineManager deadlines) {
        if (!command.from().equals(chair)) {
            throw new Refused(RefusalCode.NOT_CURRENT_CHAIR, command.from() + " does not hold the chair; " + chair + " does");
        }
        if (command.to().equals(command.from())) {
            throw new Refused(RefusalCode.SAME_ENTERPRISE, "The chair cannot be handed over to itself");
        }
        if (!isMember.test(command.to())) {
            throw new Refused(RefusalCode.NOT_A_MEMBER, command.to() + " is not a member");
        }
        if (command.effectiveOn().isBefore(since)) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, "The current term began on " + since);
        }
        LocalDate ends = Charter.termEnds(command.effectiveOn(), termMonths);
        apply(new RotationHandedOver(allianceId, command.from(), command.to(), command.effectiveOn(), ends,
                                     command.note(), command.meetingId()));
        // the previous term's deadline is left to fire: it no longer names the current term and does nothing
        scheduleTermEnd(deadlines);
    }

    public void termEnded(ChairTermEnded ended) {
        if (!overdue && ended.termBegan().equals(since) && ended.termEnds().equals(termEnds)) {
            apply(new RotationOverdue(allianceId, chair, since, termEnds));
        }
    }

    @EventSourcingHandler
    void on(AllianceFounded founded) {
        allianceId = founded.allianceId();
        termMonths = founded.charter().chairTermMonths();
        chair = founded.initialChair();
        since = founded.foundedOn();
        termEnds = founded.charter().termEnds(since);
    }

    @EventSourcingHandler
    void on(RotationHandedOver handedOver) {
        chair = handedOver.to();
        since = handedOver.effectiveOn();
        termEnds = handedOver.termEnds();
        overdue = false;
    }

    @EventSourcingHandler
    void on(RotationOverdue overdue) {
        this.overdue = true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChairRotation that && termMonths == that.termMonths && overdue == that.overdue
                && Objects.equals(allianceId, that.allianceId) && Objects.equals(chair, that.chair)
                && Objects.equals(since, that.since) && Objects.equals(termEnds, that.termEnds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allianceId, chair, since);
    }
}
