package org.allianceledger.command.activities;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.events.ActivityKind;
import org.allianceledger.events.ActivityRecorded;
import org.allianceledger.events.Attendees;
import org.allianceledger.events.DepartmentJoined;
import org.allianceledger.events.DepartmentWithdrew;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.platform.domain.RefusalCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.allianceledger.command.RefusalMatcher.refused;
import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YUDA;
import static org.allianceledger.command.departments.DepartmentFixtures.MANUFACTURING;
import static org.allianceledger.command.departments.DepartmentFixtures.MARKET;
import static org.allianceledger.command.departments.DepartmentFixtures.joined;

/** The alliance's activities (公益, 培训, 交流, 专家会诊), one rule per test. */
class ActivitiesTest {

    static final String ACTIVITY = "edu-fund-2023";
    static final LocalDate DAY = LocalDate.of(2023, 5, 20);
    static final String TITLE = "兖州区教育基金捐赠仪式";
    static final BigDecimal DONATIONS = new BigDecimal("2600000.00");
    static final Attendees TAKING_PART = new Attendees(List.of(YIHAI.id(), BAIXIANG.id()), List.of(MARKET.id()));

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alliance.class);
    }

    static RecordActivity record(LocalDate on, Attendees participants) {
        return new RecordActivity(ALLIANCE, ACTIVITY, ActivityKind.PUBLIC_WELFARE, TITLE, on, participants, DONATIONS, 1200);
    }

    static ActivityRecorded recorded(LocalDate on, Attendees participants) {
        return new ActivityRecorded(ALLIANCE, ACTIVITY, ActivityKind.PUBLIC_WELFARE, TITLE, on, participants, DONATIONS, 1200);
    }

    @Test
    void anActivityOfMembersAndPartnerDepartmentsIsRecorded() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET))
               .when(record(DAY, TAKING_PART))
               .expectEvents(recorded(DAY, TAKING_PART))
               .expectResultMessagePayload(new RecordedActivity(ALLIANCE, ACTIVITY, 3));
    }

    @Test
    void anActivityNeedsNoParticipantsDonationsOrBeneficiaries() {
        RecordActivity bare = new RecordActivity(ALLIANCE, ACTIVITY, ActivityKind.TRAINING, "食品安全培训", DAY,
                                                 new Attendees(null, null), null, null);
        fixture.given(Yanzhou.allianceFounded())
               .when(bare)
               .expectEvents(new ActivityRecorded(ALLIANCE, ACTIVITY, ActivityKind.TRAINING, "食品安全培训", DAY,
                                                  new Attendees(List.of(), List.of()), null, null));
    }

    @Test
    void theSameActivitySentAgainRecordsNothing() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), recorded(DAY, TAKING_PART))
               .when(record(DAY, TAKING_PART))
               .expectNoEvents()
               .expectResultMessagePayload(new RecordedActivity(ALLIANCE, ACTIVITY, 3));
    }

    @Test
    void theSameDonationsWrittenWithOtherDecimalsAreTheSameActivity() {
        RecordActivity again = new RecordActivity(ALLIANCE, ACTIVITY, ActivityKind.PUBLIC_WELFARE, TITLE, DAY,
                                                  TAKING_PART, new BigDecimal("2600000"), 1200);
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), recorded(DAY, TAKING_PART))
               .when(again)
               .expectNoEvents();
    }

    @Test
    void anotherActivityUnderAnIdInUseIsIdAlreadyUsed() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), recorded(DAY, TAKING_PART))
               .when(record(DAY.plusDays(1), TAKING_PART))
               .expectNoEvents()
               .expectException(refused(RefusalCode.ID_ALREADY_USED));
    }

    @Test
    void aParticipantThatIsNoMemberIsNotAMember() {
        fixture.given(Yanzhou.allianceFounded())
               .when(record(DAY, new Attendees(List.of(YIHAI.id(), YUDA.id()), List.of())))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_A_MEMBER));
    }

    @Test
    void aParticipantAdmittedAfterTheActivitysDayWasNotAMemberAtIt() {
        fixture.given(Yanzhou.allianceFounded(), new MemberAdmitted(ALLIANCE, YUDA, DAY.plusDays(1), "app-yuda"))
               .when(record(DAY, new Attendees(List.of(YUDA.id()), List.of())))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_A_MEMBER));
    }

    @Test
    void aParticipantThatLeftIsNotAMember() {
        fixture.given(Yanzhou.allianceFounded(), new MemberWithdrew(ALLIANCE, BAIXIANG.id(), DAY.minusDays(1), "迁出"))
               .when(record(DAY, new Attendees(List.of(BAIXIANG.id()), List.of())))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_A_MEMBER));
    }

    @Test
    void aDepartmentThatWasNeverAPartnerIsNotFound() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET))
               .when(record(DAY, new Attendees(List.of(), List.of(MARKET.id(), MANUFACTURING.id()))))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DEPARTMENT_NOT_FOUND));
    }

    @Test
    void aDepartmentThatJoinedAfterTheActivitysDayIsNotAPartnerAtIt() {
        fixture.given(Yanzhou.allianceFounded(), new DepartmentJoined(ALLIANCE, MARKET, DAY.plusDays(1)))
               .when(record(DAY, TAKING_PART))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_A_PARTNER_DEPARTMENT));
    }

    @Test
    void aDepartmentThatWithdrewByTheActivitysDayIsNotAPartnerAtIt() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), new DepartmentWithdrew(ALLIANCE, MARKET.id(), DAY))
               .when(record(DAY, TAKING_PART))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_A_PARTNER_DEPARTMENT));
    }

    @Test
    void aParticipantNamedTwiceIsValidationFailed() {
        fixture.given(Yanzhou.allianceFounded())
               .when(record(DAY, new Attendees(List.of(YIHAI.id(), YIHAI.id()), List.of())))
               .expectNoEvents()
               .expectException(refused(RefusalCode.VALIDATION_FAILED));
    }

    @Test
    void anActivityBeforeTheFoundingIsDateOutOfOrder() {
        fixture.given(Yanzhou.allianceFounded())
               .when(record(Yanzhou.FOUNDED_ON.minusDays(1), new Attendees(List.of(), List.of())))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }
}
