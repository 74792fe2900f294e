package org.allianceledger.command.problems;

import org.allianceledger.events.ProblemAssigned;
import org.allianceledger.events.ProblemOverdue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.problems.ProblemFixtures.DUE_ON;
import static org.allianceledger.command.problems.ProblemFixtures.PROBLEM;
import static org.allianceledger.command.problems.ProblemFixtures.assign;
import static org.allianceledger.command.problems.ProblemFixtures.assigned;
import static org.allianceledger.command.problems.ProblemFixtures.raised;
import static org.allianceledger.command.problems.ProblemFixtures.resolve;

/** The due-date deadline of an assigned problem, with time elapsing: midnight Asia/Shanghai after the due day. */
class ProblemDueTest {

    /** 2023-03-02 10:00 in Shanghai, the assignment day. */
    private static final Instant ASSIGNING_MORNING = Instant.parse("2023-03-02T02:00:00Z");
    /** Midnight in Shanghai after 2023-03-31. */
    private static final Instant END_OF_DUE_DAY = Instant.parse("2023-03-31T16:00:00Z");

    private FixtureConfiguration<Problem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Problem.class);
    }

    @Test
    void anAssignmentSchedulesItsDueDeadlineAtMidnightAfterTheDueDay() {
        fixture.givenCurrentTime(ASSIGNING_MORNING)
               .andGiven(raised())
               .when(assign())
               .expectScheduledDeadline(Duration.between(ASSIGNING_MORNING, END_OF_DUE_DAY), new ProblemDue(DUE_ON));
    }

    @Test
    void aDueDayPassingWhileAssignedRecordsOverdue() {
        fixture.givenCurrentTime(ASSIGNING_MORNING)
               .andGiven(raised())
               .andGivenCommands(assign())
               .whenThenTimeAdvancesTo(END_OF_DUE_DAY.plusSeconds(1))
               .expectDeadlinesMet(new ProblemDue(DUE_ON))
               .expectEvents(new ProblemOverdue(ALLIANCE, PROBLEM, DUE_ON));
    }

    @Test
    void theDueDayItselfIsInTime() {
        fixture.givenCurrentTime(ASSIGNING_MORNING)
               .andGiven(raised())
               .andGivenCommands(assign())
               .whenThenTimeAdvancesTo(END_OF_DUE_DAY.minusSeconds(1))
               .expectNoEvents();
    }

    @Test
    void aResolvedProblemIsNeverOverdue() {
        fixture.givenCurrentTime(ASSIGNING_MORNING)
               .andGiven(raised())
               .andGivenCommands(assign(), resolve())
               .whenThenTimeAdvancesTo(END_OF_DUE_DAY.plusSeconds(1))
               .expectDeadlinesMet(new ProblemDue(DUE_ON))
               .expectNoEvents();
    }

    @Test
    void aReassignmentToALaterDayLeavesTheEarlierDueDayWithoutEffect() {
        LocalDate later = LocalDate.of(2023, 4, 30);
        fixture.givenCurrentTime(ASSIGNING_MORNING)
               .andGiven(raised())
               .andGivenCommands(assign(), new AssignProblem(ALLIANCE, PROBLEM, assign().departmentId(),
                                                             assign().assignedOn(), later))
               .whenThenTimeAdvancesTo(END_OF_DUE_DAY.plusSeconds(1))
               .expectNoEvents();
    }

    @Test
    void aProblemReopenedAfterItsDueDayIsOverdueAtOnce() {
        Instant april = Instant.parse("2023-04-10T02:00:00Z");
        fixture.givenCurrentTime(april)
               .andGiven(raised(), assigned(), ProblemFixtures.resolved())
               .andGivenCommands(new ReopenProblem(ALLIANCE, PROBLEM, "复发", LocalDate.of(2023, 4, 10)))
               .whenThenTimeElapses(Duration.ofSeconds(1))
               .expectEvents(new ProblemOverdue(ALLIANCE, PROBLEM, DUE_ON));
    }
}
