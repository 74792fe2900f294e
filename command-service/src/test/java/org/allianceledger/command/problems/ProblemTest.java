package org.allianceledger.command.problems;

import org.allianceledger.events.ProblemAssigned;
import org.allianceledger.events.ProblemFeedbackGiven;
import org.allianceledger.events.ProblemProgressNoted;
import org.allianceledger.events.ProblemReopened;
import org.allianceledger.events.ProblemResolved;
import org.allianceledger.events.ProblemStream;
import org.allianceledger.events.ResolvedBy;
import org.allianceledger.events.ZoneStream;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.web.Slug;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.allianceledger.command.RefusalMatcher.refused;
import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.departments.DepartmentFixtures.MANUFACTURING;
import static org.allianceledger.command.problems.ProblemFixtures.ASSIGNED_ON;
import static org.allianceledger.command.problems.ProblemFixtures.DUE_ON;
import static org.allianceledger.command.problems.ProblemFixtures.PROBLEM;
import static org.allianceledger.command.problems.ProblemFixtures.RAISED_ON;
import static org.allianceledger.command.problems.ProblemFixtures.RESOLVED_ON;
import static org.allianceledger.command.problems.ProblemFixtures.assign;
import static org.allianceledger.command.problems.ProblemFixtures.assigned;
import static org.allianceledger.command.problems.ProblemFixtures.raise;
import static org.allianceledger.command.problems.ProblemFixtures.raised;
import static org.allianceledger.command.problems.ProblemFixtures.resolve;
import static org.allianceledger.command.problems.ProblemFixtures.resolved;
import static org.assertj.core.api.Assertions.assertThat;

/** The problem ledger's transitions and codes, one rule per test. */
class ProblemTest {

    private static final LocalDate LATER = LocalDate.of(2023, 4, 10);
    private static final ProblemFeedbackGiven FEEDBACK = new ProblemFeedbackGiven(ALLIANCE, PROBLEM, 5, "满意", LATER);

    private FixtureConfiguration<Problem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Problem.class);
    }

    private static GiveFeedback feedback(int rating) {
        return new GiveFeedback(ALLIANCE, PROBLEM, rating, "满意", LATER);
    }

    private static ReopenProblem reopen(LocalDate on) {
        return new ReopenProblem(ALLIANCE, PROBLEM, "问题复发", on);
    }

    @Test
    void raisingAProblemRecordsItOpen() {
        fixture.givenNoPriorActivity()
               .when(raise())
               .expectEvents(raised())
               .expectResultMessagePayload(new ProblemStanding(ALLIANCE, PROBLEM, ProblemStatus.OPEN, 1));
    }

    @Test
    void raisingAgainWithTheSameBodyRecordsNothing() {
        fixture.given(raised())
               .when(raise())
               .expectNoEvents()
               .expectResultMessagePayload(new ProblemStanding(ALLIANCE, PROBLEM, ProblemStatus.OPEN, 1));
    }

    @Test
    void aProblemIdReusedWithAnotherBodyIsRefused() {
        RaiseProblem other = new RaiseProblem(ALLIANCE, PROBLEM, raise().raisedBy(), RAISED_ON, raise().category(),
                                              "另一个问题", "不同", false, null);
        fixture.given(raised())
               .when(other)
               .expectNoEvents()
               .expectException(refused(RefusalCode.ID_ALREADY_USED));
    }

    @Test
    void aCommandOnAnUnknownProblemIsRefusedAndStoresNothing() {
        fixture.givenNoPriorActivity()
               .when(assign())
               .expectNoEvents()
               .expectException(refused(RefusalCode.PROBLEM_NOT_FOUND));
    }

    @Test
    void assigningMakesItAssigned() {
        fixture.given(raised())
               .when(assign())
               .expectEvents(assigned())
               .expectResultMessagePayload(new ProblemStanding(ALLIANCE, PROBLEM, ProblemStatus.ASSIGNED, 2));
    }

    @Test
    void theSameAssignmentResentRecordsNothing() {
        fixture.given(raised(), assigned())
               .when(assign())
               .expectNoEvents();
    }

    @Test
    void assigningAgainReassigns() {
        AssignProblem again = new AssignProblem(ALLIANCE, PROBLEM, MANUFACTURING.id(), LATER, LATER.plusDays(30));
        fixture.given(raised(), assigned())
               .when(again)
               .expectEvents(new ProblemAssigned(ALLIANCE, PROBLEM, MANUFACTURING.id(), LATER, LATER.plusDays(30)));
    }

    @Test
    void theDueDayMustComeAfterTheAssignmentDay() {
        fixture.given(raised())
               .when(new AssignProblem(ALLIANCE, PROBLEM, assign().departmentId(), ASSIGNED_ON, ASSIGNED_ON))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void anAssignmentBeforeTheRaisingIsOutOfOrder() {
        fixture.given(raised())
               .when(new AssignProblem(ALLIANCE, PROBLEM, assign().departmentId(), RAISED_ON.minusDays(1), DUE_ON))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void progressIsNotedOnAnOpenOrAssignedProblem() {
        fixture.given(raised(), assigned())
               .when(new NoteProgress(ALLIANCE, PROBLEM, "已对接两家银行", ASSIGNED_ON))
               .expectEvents(new ProblemProgressNoted(ALLIANCE, PROBLEM, "已对接两家银行", ASSIGNED_ON));
    }

    @Test
    void resolvingAnAssignedProblemMakesItResolved() {
        fixture.given(raised(), assigned())
               .when(resolve())
               .expectEvents(resolved())
               .expectResultMessagePayload(new ProblemStanding(ALLIANCE, PROBLEM, ProblemStatus.RESOLVED, 3));
    }

    @Test
    void resolvingNeedsAnAssignment() {
        fixture.given(raised())
               .when(resolve())
               .expectNoEvents()
               .expectException(refused(RefusalCode.PROBLEM_NOT_ASSIGNED));
    }

    @Test
    void aResolutionBeforeTheAssignmentIsOutOfOrder() {
        fixture.given(raised(), assigned())
               .when(new ResolveProblem(ALLIANCE, PROBLEM, "x", RAISED_ON, ResolvedBy.EXPERTS))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void theSameResolutionResentRecordsNothing() {
        fixture.given(raised(), assigned(), resolved())
               .when(resolve())
               .expectNoEvents();
    }

    @Test
    void feedbackOnAResolvedProblemClosesIt() {
        fixture.given(raised(), assigned(), resolved())
               .when(feedback(5))
               .expectEvents(FEEDBACK)
               .expectResultMessagePayload(new ProblemStanding(ALLIANCE, PROBLEM, ProblemStatus.CLOSED, 4));
    }

    @Test
    void feedbackNeedsAResolution() {
        fixture.given(raised(), assigned())
               .when(feedback(5))
               .expectNoEvents()
               .expectException(refused(RefusalCode.PROBLEM_NOT_RESOLVED));
    }

    @Test
    void aRatingIsFromOneToFive() {
        fixture.given(raised(), assigned(), resolved())
               .when(feedback(6))
               .expectNoEvents()
               .expectException(refused(RefusalCode.VALIDATION_FAILED));
    }

    @Test
    void nothingButAReopeningFollowsAClose() {
        fixture.given(raised(), assigned(), resolved(), FEEDBACK)
               .when(new NoteProgress(ALLIANCE, PROBLEM, "补充", LATER))
               .expectNoEvents()
               .expectException(refused(RefusalCode.PROBLEM_CLOSED));
    }

    @Test
    void anotherAssignmentAfterTheCloseIsRefused() {
        fixture.given(raised(), assigned(), resolved(), FEEDBACK)
               .when(new AssignProblem(ALLIANCE, PROBLEM, MANUFACTURING.id(), LATER, LATER.plusDays(9)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.PROBLEM_CLOSED));
    }

    @Test
    void otherFeedbackAfterTheCloseIsRefused() {
        fixture.given(raised(), assigned(), resolved(), FEEDBACK)
               .when(feedback(3))
               .expectNoEvents()
               .expectException(refused(RefusalCode.PROBLEM_CLOSED));
    }

    @Test
    void aClosedProblemReopensAssigned() {
        fixture.given(raised(), assigned(), resolved(), FEEDBACK)
               .when(reopen(LATER))
               .expectEvents(new ProblemReopened(ALLIANCE, PROBLEM, "问题复发", LATER))
               .expectResultMessagePayload(new ProblemStanding(ALLIANCE, PROBLEM, ProblemStatus.ASSIGNED, 5));
    }

    @Test
    void aResolvedProblemReopensAssigned() {
        fixture.given(raised(), assigned(), resolved())
               .when(reopen(LATER))
               .expectEvents(new ProblemReopened(ALLIANCE, PROBLEM, "问题复发", LATER));
    }

    @Test
    void onlyAResolvedOrClosedProblemIsReopened() {
        fixture.given(raised(), assigned())
               .when(reopen(LATER))
               .expectNoEvents()
               .expectException(refused(RefusalCode.PROBLEM_NOT_RESOLVED));
    }

    @Test
    void aReopenedProblemIsResolvedAgain() {
        fixture.given(raised(), assigned(), resolved(), new ProblemReopened(ALLIANCE, PROBLEM, "r", LATER))
               .when(new ResolveProblem(ALLIANCE, PROBLEM, "再次办结", LATER.plusDays(1), ResolvedBy.EXPERTS))
               .expectEvents(new ProblemResolved(ALLIANCE, PROBLEM, "再次办结", LATER.plusDays(1), ResolvedBy.EXPERTS));
    }

    @Test
    void aReopeningBeforeTheResolutionIsOutOfOrder() {
        fixture.given(raised(), assigned(), resolved())
               .when(reopen(RESOLVED_ON.minusDays(1)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void aProblemsEventsAreStoredUnderAnIdentifierNoAllianceOrZoneCanHave() {
        String stream = ProblemStream.of(ALLIANCE, PROBLEM);
        assertThat(stream).doesNotMatch(Slug.PATTERN).isNotEqualTo(ZoneStream.of(ALLIANCE));
        assertThat(ProblemStream.holds(stream)).isTrue();
        assertThat(ZoneStream.holds(stream)).isFalse();
        assertThat(ProblemStream.holds(ZoneStream.of(ALLIANCE))).isFalse();
    }
}
