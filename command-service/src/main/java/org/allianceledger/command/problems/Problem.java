package org.allianceledger.command.problems;

import org.allianceledger.command.AllianceVersion;
import org.allianceledger.events.ProblemAssigned;
import org.allianceledger.events.ProblemFeedbackGiven;
import org.allianceledger.events.ProblemOverdue;
import org.allianceledger.events.ProblemProgressNoted;
import org.allianceledger.events.ProblemRaised;
import org.allianceledger.events.ProblemReopened;
import org.allianceledger.events.ProblemResolved;
import org.allianceledger.events.ProblemStream;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A problem in the alliance's ledger (问题台账), an aggregate of its own (decision 15): OPEN when raised, ASSIGNED
 * (交办) to a partner department with a due date, RESOLVED (办结), CLOSED by the member's feedback, reopened back to
 * ASSIGNED. What it needs of the alliance (the member, the department, the visit) the alliance vouched for in its turn
 * before the command came here. Every command is created-if-missing only so that one on an unknown problem is refused
 * as PROBLEM_NOT_FOUND; nothing is stored for it.
 */
@Aggregate
public class Problem {

    @AggregateIdentifier
    private String stream;
    /** Kept whole so that raising again with the same id and body is recognised as a retry. */
    private ProblemRaised raising;
    private ProblemStatus status;
    private ProblemAssigned assignment;
    private ProblemResolved resolution;
    private ProblemFeedbackGiven feedback;
    private boolean overdue;
    /** The day of the latest transition, which the next may not precede. */
    private LocalDate latestDay;

    protected Problem() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ProblemStanding handle(RaiseProblem command) {
        ProblemRaised raised = command.toEvent();
        if (raising != null) {
            if (!raising.equals(raised)) {
                throw new Refused(RefusalCode.ID_ALREADY_USED, "Problem " + command.problemId() + " already exists");
            }
            return standing();
        }
        apply(raised);
        return standing();
    }

    /** A first assignment or a reassignment; the same one resent records nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ProblemStanding handle(AssignProblem command, DeadlineManager deadlines) {
        requireRaised(command);
        ProblemAssigned assigned = new ProblemAssigned(command.allianceId(), command.problemId(), command.departmentId(),
                                                       command.assignedOn(), command.dueOn());
        if (status == ProblemStatus.ASSIGNED && assigned.equals(assignment)) {
            return standing();
        }
        requireNotSettled();
        notBefore(command.assignedOn(), latestDay);
        if (!command.dueOn().isAfter(command.assignedOn())) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, "Due on " + command.dueOn()
                                                             + " is not after the assignment day " + command.assignedOn());
        }
        apply(assigned);
        scheduleDue(deadlines);
        return standing();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ProblemStanding handle(NoteProgress command) {
        requireRaised(command);
        requireNotSettled();
        notBefore(command.notedOn(), raising.raisedOn());
        apply(new ProblemProgressNoted(command.allianceId(), command.problemId(), command.note(), command.notedOn()));
        return standing();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ProblemStanding handle(ResolveProblem command) {
        requireRaised(command);
        ProblemResolved resolved = new ProblemResolved(command.allianceId(), command.problemId(), command.result(),
                                                       command.resolvedOn(), command.resolvedBy());
        if (status == ProblemStatus.RESOLVED && resolved.equals(resolution)) {
            return standing();
        }
        requireNotSettled();
        if (status == ProblemStatus.OPEN) {
            throw new Refused(RefusalCode.PROBLEM_NOT_ASSIGNED, "Problem " + command.problemId() + " was never assigned");
        }
        notBefore(command.resolvedOn(), latestDay);
        apply(resolved);
        return standing();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ProblemStanding handle(GiveFeedback command) {
        requireRaised(command);
        ProblemFeedbackGiven given = new ProblemFeedbackGiven(command.allianceId(), command.problemId(),
                                                              command.rating(), command.comment(), command.givenOn());
        if (status == ProblemStatus.CLOSED) {
            if (given.equals(feedback)) {
                return standing();
            }
            throw closed();
        }
        if (status != ProblemStatus.RESOLVED) {
            throw new Refused(RefusalCode.PROBLEM_NOT_RESOLVED, "Problem " + command.problemId() + " is " + status);
        }
        if (command.rating() < 1 || command.rating() > 5) {
            throw new Refused(RefusalCode.VALIDATION_FAILED, "A rating is from 1 to 5");
        }
        notBefore(command.givenOn(), latestDay);
        apply(given);
        return standing();
    }

    /** Back to ASSIGNED, to the last department with its due date: a due date already past makes it overdue at once. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ProblemStanding handle(ReopenProblem command, DeadlineManager deadlines) {
        requireRaised(command);
        if (status != ProblemStatus.RESOLVED && status != ProblemStatus.CLOSED) {
            throw new Refused(RefusalCode.PROBLEM_NOT_RESOLVED, "Only a resolved or closed problem is reopened; "
                                                                + command.problemId() + " is " + status);
        }
        notBefore(command.reopenedOn(), latestDay);
        apply(new ProblemReopened(command.allianceId(), command.problemId(), command.reason(), command.reopenedOn()));
        scheduleDue(deadlines);
        return standing();
    }

    /** Fires at the end of a due day; one left from an earlier assignment no longer names the current due day. */
    @DeadlineHandler(deadlineName = ProblemDue.DEADLINE)
    void due(ProblemDue due) {
        if (status == ProblemStatus.ASSIGNED && !overdue && due.dueOn().equals(assignment.dueOn())) {
            apply(new ProblemOverdue(raising.allianceId(), raising.problemId(), due.dueOn()));
        }
    }

    private void scheduleDue(DeadlineManager deadlines) {
        LocalDate dueOn = assignment.dueOn();
        deadlines.schedule(dueOn.plusDays(1).atStartOfDay(BusinessCalendar.ZONE).toInstant(), ProblemDue.DEADLINE,
                           new ProblemDue(dueOn));
    }

    private void requireRaised(ProblemCommand command) {
        if (raising == null) {
            throw new Refused(RefusalCode.PROBLEM_NOT_FOUND,
                              "No problem " + command.problemId() + " in " + command.allianceId());
        }
    }

    /** After 办结 only feedback or a reopening follows, after the close only a reopening. */
    private void requireNotSettled() {
        if (status == ProblemStatus.RESOLVED || status == ProblemStatus.CLOSED) {
            throw closed();
        }
    }

    private Refused closed() {
        return new Refused(RefusalCode.PROBLEM_CLOSED, "Problem " + raising.problemId() + " is " + status
                                                       + "; only a reopening follows");
    }

    private static void notBefore(LocalDate day, LocalDate earliest) {
        if (day.isBefore(earliest)) {
            throw new Refused(RefusalCode.DATE_OUT_OF_ORDER, day + " is before the problem's last step on " + earliest);
        }
    }

    private ProblemStanding standing() {
        return new ProblemStanding(raising.allianceId(), raising.problemId(), status, AllianceVersion.current());
    }

    @EventSourcingHandler
    void on(ProblemRaised raised) {
        stream = ProblemStream.of(raised.allianceId(), raised.problemId());
        raising = raised;
        status = ProblemStatus.OPEN;
        latestDay = raised.raisedOn();
    }

    @EventSourcingHandler
    void on(ProblemAssigned assigned) {
        assignment = assigned;
        status = ProblemStatus.ASSIGNED;
        overdue = false;
        latestDay = assigned.assignedOn();
    }

    @EventSourcingHandler
    void on(ProblemResolved resolved) {
        resolution = resolved;
        status = ProblemStatus.RESOLVED;
        overdue = false;
        latestDay = resolved.resolvedOn();
    }

    @EventSourcingHandler
    void on(ProblemFeedbackGiven given) {
        feedback = given;
        status = ProblemStatus.CLOSED;
        latestDay = given.givenOn();
    }

    @EventSourcingHandler
    void on(ProblemReopened reopened) {
        resolution = null;
        feedback = null;
        status = ProblemStatus.ASSIGNED;
        latestDay = reopened.reopenedOn();
    }

    @EventSourcingHandler
    void on(ProblemOverdue overdue) {
        this.overdue = true;
    }
}
