package org.allianceledger.command.meetings;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.events.Attendees;
import org.allianceledger.events.DepartmentJoined;
import org.allianceledger.events.DepartmentWithdrew;
import org.allianceledger.platform.domain.RefusalCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.allianceledger.command.RefusalMatcher.refused;
import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.departments.DepartmentFixtures.MANUFACTURING;
import static org.allianceledger.command.departments.DepartmentFixtures.MARKET;
import static org.allianceledger.command.departments.DepartmentFixtures.joined;
import static org.allianceledger.command.meetings.MeetingsTest.DAY;
import static org.allianceledger.command.meetings.MeetingsTest.MEETING;
import static org.allianceledger.command.meetings.MeetingsTest.MINUTES;
import static org.allianceledger.command.meetings.MeetingsTest.recorded;
import static org.allianceledger.command.meetings.MeetingsTest.scheduled;

/** A meeting's attendee departments are the alliance's partner departments on the meeting's day, one rule per test. */
class AttendeeDepartmentsTest {

    private static final Attendees WITH_MARKET = new Attendees(List.of(YIHAI.id()), List.of(MARKET.id()));

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alliance.class);
    }

    private static RecordMeeting record(Attendees attendees) {
        return new RecordMeeting(ALLIANCE, MEETING, null, attendees, MINUTES);
    }

    @Test
    void aPartnerDepartmentAttends() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), scheduled())
               .when(record(WITH_MARKET))
               .expectEvents(recorded(DAY, WITH_MARKET));
    }

    @Test
    void aDepartmentThatWasNeverAPartnerIsNotFound() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), scheduled())
               .when(record(new Attendees(List.of(YIHAI.id()), List.of(MARKET.id(), MANUFACTURING.id()))))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DEPARTMENT_NOT_FOUND));
    }

    @Test
    void aDepartmentThatJoinedAfterTheMeetingsDayIsNotAPartnerAtIt() {
        fixture.given(Yanzhou.allianceFounded(), new DepartmentJoined(ALLIANCE, MARKET, DAY.plusDays(1)), scheduled())
               .when(record(WITH_MARKET))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_A_PARTNER_DEPARTMENT));
    }

    @Test
    void aDepartmentThatWithdrewByTheMeetingsDayIsNotAPartnerAtIt() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), new DepartmentWithdrew(ALLIANCE, MARKET.id(), DAY),
                      scheduled())
               .when(record(WITH_MARKET))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_A_PARTNER_DEPARTMENT));
    }

    /** Recorded late: the department was a partner on the day the meeting was held, whatever it is now. */
    @Test
    void aDepartmentThatWithdrewAfterTheMeetingsDayAttendedIt() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET),
                      new DepartmentWithdrew(ALLIANCE, MARKET.id(), DAY.plusDays(1)), scheduled())
               .when(record(WITH_MARKET))
               .expectEvents(recorded(DAY, WITH_MARKET));
    }
}
