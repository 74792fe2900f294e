package org.allianceledger.command.meetings;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.events.Attendees;
import org.allianceledger.events.Charter;
import org.allianceledger.events.MeetingOverdue;
import org.allianceledger.events.MeetingRecorded;
import org.allianceledger.events.VotingRule;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.FOUNDED_ON;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.equalTo;

/**
 * The cadence of joint meetings (charter.meetingEveryMonths) as a persistent deadline. The chair's term is a year
 * here, so only the meetings' deadline fires within these months.
 */
class MeetingCadenceTest {

    /** The founding day, 10:00 in Shanghai: a meeting is due by 2022-06-21, overdue from midnight after it. */
    private static final Instant FOUNDING_MORNING = Instant.parse("2022-04-21T02:00:00Z");
    private static final LocalDate FIRST_DUE = LocalDate.of(2022, 6, 21);
    private static final Instant END_OF_FIRST_DUE = Instant.parse("2022-06-21T16:00:00Z");
    private static final LocalDate HELD = LocalDate.of(2022, 6, 1);
    private static final Attendees ATTENDEES = new Attendees(List.of(YIHAI.id(), BAIXIANG.id()), List.of());

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alliance.class);
    }

    private static Charter charter(Integer meetingEveryMonths) {
        return new Charter(VotingRule.SIMPLE_MAJORITY, new BigDecimal("0.5"), 12, 14, null, meetingEveryMonths);
    }

    private static ScheduleMeeting schedule(String id, LocalDate on) {
        return new ScheduleMeeting(ALLIANCE, id, "联盟联席会", on, List.of("议题"));
    }

    private static RecordMeeting record(String id) {
        return new RecordMeeting(ALLIANCE, id, null, ATTENDEES, null);
    }

    @Test
    void theFoundingSchedulesTheFirstMeetingDueAtTheEndOfItsDay() {
        fixture.givenCurrentTime(FOUNDING_MORNING)
               .when(Yanzhou.foundAlliance(charter(null)))
               .expectScheduledDeadline(Duration.between(FOUNDING_MORNING, END_OF_FIRST_DUE),
                                        new MeetingDue(FOUNDED_ON, FIRST_DUE));
    }

    @Test
    void theCharterSetsTheCadence() {
        fixture.givenCurrentTime(FOUNDING_MORNING)
               .when(Yanzhou.foundAlliance(charter(3)))
               .expectScheduledDeadline(Duration.between(FOUNDING_MORNING, Instant.parse("2022-07-21T16:00:00Z")),
                                        new MeetingDue(FOUNDED_ON, LocalDate.of(2022, 7, 21)));
    }

    @Test
    void noMeetingHeldWithinTheCadenceAfterTheFoundingIsOverdue() {
        fixture.givenCurrentTime(FOUNDING_MORNING)
               .andGivenCommands(Yanzhou.foundAlliance(charter(null)))
               .whenThenTimeAdvancesTo(END_OF_FIRST_DUE.plusSeconds(1))
               .expectDeadlinesMet(new MeetingDue(FOUNDED_ON, FIRST_DUE))
               .expectEvents(new MeetingOverdue(ALLIANCE, FOUNDED_ON, FIRST_DUE));
    }

    @Test
    void aMeetingHeldOnTheDueDayIsInTime() {
        fixture.givenCurrentTime(FOUNDING_MORNING)
               .andGivenCommands(Yanzhou.foundAlliance(charter(null)))
               .whenThenTimeAdvancesTo(END_OF_FIRST_DUE.minusSeconds(1))
               .expectNoEvents();
    }

    @Test
    void aHeldMeetingMovesTheDueDayToCadenceMonthsAfterIt() {
        Instant dayAfter = Instant.parse("2022-06-02T02:00:00Z");
        fixture.givenCurrentTime(dayAfter)
               .andGivenCommands(Yanzhou.foundAlliance(charter(null)), schedule("m-1", HELD))
               .when(record("m-1"))
               .expectEvents(new MeetingRecorded(ALLIANCE, "m-1", HELD, ATTENDEES, null))
               .expectScheduledDeadline(Duration.between(dayAfter, Instant.parse("2022-08-01T16:00:00Z")),
                                        new MeetingDue(HELD, LocalDate.of(2022, 8, 1)));
    }

    @Test
    void theEarlierDueDayPassesWithoutEffectOnceAMeetingWasHeld() {
        fixture.givenCurrentTime(Instant.parse("2022-06-02T02:00:00Z"))
               .andGivenCommands(Yanzhou.foundAlliance(charter(null)), schedule("m-1", HELD), record("m-1"))
               .whenThenTimeAdvancesTo(END_OF_FIRST_DUE.plusSeconds(1))
               .expectDeadlinesMet(new MeetingDue(FOUNDED_ON, FIRST_DUE))
               .expectNoEvents();
    }

    @Test
    void noMeetingWithinTheCadenceAfterTheLastOneIsOverdue() {
        fixture.givenCurrentTime(Instant.parse("2022-06-02T02:00:00Z"))
               .andGivenCommands(Yanzhou.foundAlliance(charter(null)), schedule("m-1", HELD), record("m-1"))
               .whenThenTimeAdvancesTo(Instant.parse("2022-08-01T16:00:01Z"))
               .expectEvents(new MeetingOverdue(ALLIANCE, HELD, LocalDate.of(2022, 8, 1)));
    }

    @Test
    void aMeetingRecordedLateThatWasHeldBeforeTheLatestMovesNothing() {
        fixture.givenCurrentTime(Instant.parse("2022-06-02T02:00:00Z"))
               .andGivenCommands(Yanzhou.foundAlliance(charter(null)), schedule("m-2", HELD), record("m-2"),
                                 schedule("m-1", HELD.minusDays(20)))
               .when(record("m-1"))
               .expectEvents(new MeetingRecorded(ALLIANCE, "m-1", HELD.minusDays(20), ATTENDEES, null))
               .expectNoScheduledDeadlineMatching(messageWithPayload(equalTo(
                       new MeetingDue(HELD.minusDays(20), HELD.minusDays(20).plusMonths(2)))));
    }
}
