package org.allianceledger.command.rotation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.allianceledger.command.AllianceVersion;
import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.Charter;
import org.allianceledger.events.HandoverDeviatedFromPlan;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MemberExpelled;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.events.RotationPlanSwapped;
import org.allianceledger.events.RotationPlanned;
import org.allianceledger.events.RotationOverdue;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The rotating chair: who holds it since when, until when. A term runs {@code chairTermMonths} calendar months
 * from its first day; one that ends without a handover is overdue, through a persistent deadline. The plan fixes
 * the order ahead: the next chair is the one after the current chair in it (the first when the chair is not in it,
 * round again after the last); a handover to another member needs a note saying why.
 */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE)
public class ChairRotation {

    private String allianceId;
    private int termMonths;
    private String chair;
    private LocalDate since;
    private LocalDate termEnds;
    private boolean overdue;
    private List<String> plan = new ArrayList<>();

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
        String planned = next();
        boolean deviates = planned != null && !planned.equals(command.to());
        if (deviates && (command.note() == null || command.note().isBlank())) {
            throw new Refused(RefusalCode.NOTE_REQUIRED,
                              "The plan names " + planned + " next; a handover to " + command.to() + " needs a note saying why");
        }
        LocalDate ends = Charter.termEnds(command.effectiveOn(), termMonths);
        apply(new RotationHandedOver(allianceId, command.from(), command.to(), command.effectiveOn(), ends,
                                     command.note(), command.meetingId()));
        if (deviates) {
            apply(new HandoverDeviatedFromPlan(allianceId, planned, command.to(), command.effectiveOn(), command.note()));
        }
        // the previous term's deadline is left to fire: it no longer names the current term and does nothing
        scheduleTermEnd(deadlines);
    }

    /** The next chair by the plan, or null when there is no plan to follow. */
    public String next() {
        if (plan.isEmpty()) {
            return null;
        }
        int at = plan.indexOf(chair);
        String next = plan.get((at + 1) % plan.size()); // -1 + 1: the first, when the chair is not in the plan
        return next.equals(chair) ? null : next;
    }

    /** The order of current members, each once, the current chair first or not at all; the same plan again is no change. */
    public void plan(PlanRotation command, Predicate<String> isMember) {
        List<String> order = command.order();
        if (new HashSet<>(order).size() != order.size()) {
            throw new Refused(RefusalCode.VALIDATION_FAILED, "A member appears twice in the rotation plan");
        }
        for (String member : order) {
            if (!isMember.test(member)) {
                throw new Refused(RefusalCode.NOT_A_MEMBER, member + " is not a member");
            }
        }
        if (order.contains(chair) && !order.get(0).equals(chair)) {
            throw new Refused(RefusalCode.VALIDATION_FAILED, "The current chair " + chair + " comes first in the plan or not at all");
        }
        if (!order.equals(plan)) {
            apply(new RotationPlanned(allianceId, List.copyOf(order), command.note(), command.plannedOn()));
        }
    }

    /** Two members of the plan change places; the current chair's place is not for swapping. */
    @CommandHandler
    public AllianceVersion swap(SwapInPlan command) {
        if (command.first().equals(command.second())) {
            throw new Refused(RefusalCode.SAME_ENTERPRISE, "A member cannot swap places with itself");
        }
        for (String member : List.of(command.first(), command.second())) {
            if (!plan.contains(member)) {
                throw new Refused(RefusalCode.VALIDATION_FAILED, member + " is not in the rotation plan");
            }
            if (member.equals(chair)) {
                throw new Refused(RefusalCode.VALIDATION_FAILED, "The current chair's place in the plan is not swapped");
            }
        }
        List<String> order = new ArrayList<>(plan);
        int first = order.indexOf(command.first());
        int second = order.indexOf(command.second());
        order.set(first, command.second());
        order.set(second, command.first());
        apply(new RotationPlanSwapped(allianceId, command.first(), command.second(), List.copyOf(order), command.note(),
                                      command.swappedOn()));
        return AllianceVersion.of(allianceId);
    }

    /** A term's deadline (Axon hands it to this member of the alliance): overdue if it still names the current term. */
    @DeadlineHandler(deadlineName = ChairTermEnded.DEADLINE)
    void termEnded(ChairTermEnded ended) {
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

    @EventSourcingHandler
    void on(RotationPlanned planned) {
        plan = new ArrayList<>(planned.order());
    }

    @EventSourcingHandler
    void on(RotationPlanSwapped swapped) {
        plan = new ArrayList<>(swapped.order());
    }

    /** A new member joins the end of the plan, if there is one (no plan: nobody is planned). */
    @EventSourcingHandler
    void on(MemberAdmitted admitted) {
        if (!plan.isEmpty() && !plan.contains(admitted.member().id())) {
            plan.add(admitted.member().id());
        }
    }

    @EventSourcingHandler
    void on(MemberWithdrew withdrew) {
        plan.remove(withdrew.member());
    }

    @EventSourcingHandler
    void on(MemberExpelled expelled) {
        plan.remove(expelled.member());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChairRotation that && termMonths == that.termMonths && overdue == that.overdue
                && Objects.equals(allianceId, that.allianceId) && Objects.equals(chair, that.chair)
                && Objects.equals(since, that.since) && Objects.equals(termEnds, that.termEnds)
                && Objects.equals(plan, that.plan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allianceId, chair, since);
    }
}
