package org.allianceledger.command.departments;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.command.membership.WithdrawFromAlliance;
import org.allianceledger.events.Charter;
import org.allianceledger.events.DepartmentJoined;
import org.allianceledger.events.DepartmentWithdrew;
import org.allianceledger.events.InstructorPosted;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.InstructorRecalled;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.PostingEndReason;
import org.allianceledger.events.PostingEnded;
import org.allianceledger.events.VotingRule;
import org.allianceledger.platform.domain.RefusalCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.allianceledger.command.RefusalMatcher.refused;
import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.JINMAILANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YUDA;
import static org.allianceledger.command.departments.DepartmentFixtures.APPOINTED_ON;
import static org.allianceledger.command.departments.DepartmentFixtures.MANUFACTURING;
import static org.allianceledger.command.departments.DepartmentFixtures.MARKET;
import static org.allianceledger.command.departments.DepartmentFixtures.appoint;
import static org.allianceledger.command.departments.DepartmentFixtures.appointed;
import static org.allianceledger.command.departments.DepartmentFixtures.joined;

/** Instructors: the quota, whom they serve, postings and recalls, and what a member's leaving ends. */
class InstructorsTest {

    private static final LocalDate LATER = LocalDate.of(2022, 9, 30);

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alliance.class);
    }

    @Test
    void aPartnerAppointsAnInstructorPostedToMembers() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET))
               .when(appoint("zhang", MARKET, YIHAI.id(), BAIXIANG.id()))
               .expectEvents(appointed("zhang", MARKET, YIHAI.id(), BAIXIANG.id()));
    }

    @Test
    void anInstructorServesOnlyCurrentMembers() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET))
               .when(appoint("zhang", MARKET, YIHAI.id(), YUDA.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_A_MEMBER));
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), new MemberWithdrew(ALLIANCE, YIHAI.id(), APPOINTED_ON, null))
               .when(appoint("zhang", MARKET, YIHAI.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_A_MEMBER));
    }

    @Test
    void anInstructorServesEachMemberOnce() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET))
               .when(appoint("zhang", MARKET, YIHAI.id(), YIHAI.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.VALIDATION_FAILED));
    }

    @Test
    void anUnknownDepartmentAppointsNobody() {
        fixture.given(Yanzhou.allianceFounded())
               .when(appoint("zhang", MARKET, YIHAI.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DEPARTMENT_NOT_FOUND));
    }

    @Test
    void aDepartmentThatWithdrewAppointsNobody() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), new DepartmentWithdrew(ALLIANCE, MARKET.id(), APPOINTED_ON))
               .when(appoint("zhang", MARKET, YIHAI.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_A_PARTNER_DEPARTMENT));
    }

    @Test
    void aDepartmentAppointsAtMostTheCharterQuota() {
        Charter three = new Charter(VotingRule.SIMPLE_MAJORITY, new BigDecimal("0.5"), 2, 14, 3, null);
        fixture.given(Yanzhou.allianceFounded(three), joined(MARKET),
                      appointed("a", MARKET, YIHAI.id()), appointed("b", MARKET, YIHAI.id()))
               .when(appoint("c", MARKET, BAIXIANG.id()))
               .expectEvents(appointed("c", MARKET, BAIXIANG.id()));
        fixture.given(Yanzhou.allianceFounded(three), joined(MARKET), appointed("a", MARKET, YIHAI.id()),
                      appointed("b", MARKET, YIHAI.id()), appointed("c", MARKET, YIHAI.id()))
               .when(appoint("d", MARKET, BAIXIANG.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.INSTRUCTOR_QUOTA_REACHED));
    }

    @Test
    void theQuotaIsTwoForACharterWithoutIt() {
        Charter unnamed = new Charter(VotingRule.SIMPLE_MAJORITY, new BigDecimal("0.5"), 2, 14, null, null);
        fixture.given(Yanzhou.allianceFounded(unnamed), joined(MARKET),
                      appointed("a", MARKET, YIHAI.id()), appointed("b", MARKET, YIHAI.id()))
               .when(appoint("c", MARKET, BAIXIANG.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.INSTRUCTOR_QUOTA_REACHED));
    }

    @Test
    void theQuotaIsEachDepartments() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), joined(MANUFACTURING),
                      appointed("a", MARKET, YIHAI.id()), appointed("b", MARKET, YIHAI.id()))
               .when(appoint("c", MANUFACTURING, BAIXIANG.id()))
               .expectEvents(appointed("c", MANUFACTURING, BAIXIANG.id()));
    }

    @Test
    void aRecallFreesTheQuota() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("a", MARKET, YIHAI.id()),
                      appointed("b", MARKET, YIHAI.id()), new PostingEnded(ALLIANCE, "a", YIHAI.id(), LATER, PostingEndReason.RECALLED),
                      new InstructorRecalled(ALLIANCE, "a", LATER))
               .when(appoint("c", MARKET, BAIXIANG.id()))
               .expectEvents(appointed("c", MARKET, BAIXIANG.id()));
    }

    @Test
    void theSameAppointmentResentRecordsNothing() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("zhang", MARKET, YIHAI.id()))
               .when(appoint("zhang", MARKET, YIHAI.id()))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void anotherAppointmentUnderAnInstructorsIdIsRefused() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("zhang", MARKET, YIHAI.id()))
               .when(appoint("zhang", MARKET, BAIXIANG.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.ID_ALREADY_USED));
    }

    @Test
    void anAppointmentCannotPrecedeThePartnership() {
        fixture.given(Yanzhou.allianceFounded(), new DepartmentJoined(ALLIANCE, MARKET, APPOINTED_ON.plusDays(1)))
               .when(appoint("zhang", MARKET, YIHAI.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void anAppointmentCannotPrecedeAMembership() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET),
                      new MemberAdmitted(ALLIANCE, YUDA, LATER, "app-yuda"))
               .when(appoint("zhang", MARKET, YUDA.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void anInstructorIsPostedToOneMoreMember() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("zhang", MARKET, YIHAI.id()))
               .when(new PostInstructor(ALLIANCE, "zhang", BAIXIANG.id(), LATER))
               .expectEvents(new InstructorPosted(ALLIANCE, "zhang", BAIXIANG.id(), LATER));
    }

    @Test
    void postingWhereTheInstructorServesRecordsNothing() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("zhang", MARKET, YIHAI.id()))
               .when(new PostInstructor(ALLIANCE, "zhang", YIHAI.id(), LATER))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void anInstructorIsPostedOnlyToACurrentMember() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("zhang", MARKET, YIHAI.id()))
               .when(new PostInstructor(ALLIANCE, "zhang", YUDA.id(), LATER))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_A_MEMBER));
    }

    @Test
    void aPostingCannotPrecedeTheAppointment() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("zhang", MARKET, YIHAI.id()))
               .when(new PostInstructor(ALLIANCE, "zhang", BAIXIANG.id(), APPOINTED_ON.minusDays(1)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void aPostingAgainCannotPrecedeTheEndOfTheLastOne() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("zhang", MARKET, YIHAI.id(), BAIXIANG.id()),
                      new PostingEnded(ALLIANCE, "zhang", BAIXIANG.id(), LATER, PostingEndReason.ENDED))
               .when(new PostInstructor(ALLIANCE, "zhang", BAIXIANG.id(), LATER.minusDays(1)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void anUnknownInstructorIsNotFound() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET))
               .when(new PostInstructor(ALLIANCE, "nobody", YIHAI.id(), LATER))
               .expectNoEvents()
               .expectException(refused(RefusalCode.INSTRUCTOR_NOT_FOUND));
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET))
               .when(new RecallInstructor(ALLIANCE, "nobody", LATER))
               .expectNoEvents()
               .expectException(refused(RefusalCode.INSTRUCTOR_NOT_FOUND));
    }

    @Test
    void aRecalledInstructorCannotBePosted() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("zhang", MARKET, YIHAI.id()),
                      new PostingEnded(ALLIANCE, "zhang", YIHAI.id(), LATER, PostingEndReason.RECALLED),
                      new InstructorRecalled(ALLIANCE, "zhang", LATER))
               .when(new PostInstructor(ALLIANCE, "zhang", BAIXIANG.id(), LATER))
               .expectNoEvents()
               .expectException(refused(RefusalCode.INSTRUCTOR_RECALLED));
    }

    @Test
    void aPostingEnds() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("zhang", MARKET, YIHAI.id(), BAIXIANG.id()))
               .when(new EndPosting(ALLIANCE, "zhang", YIHAI.id(), LATER))
               .expectEvents(new PostingEnded(ALLIANCE, "zhang", YIHAI.id(), LATER, PostingEndReason.ENDED));
    }

    @Test
    void onlyAStandingPostingEnds() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("zhang", MARKET, YIHAI.id()))
               .when(new EndPosting(ALLIANCE, "zhang", BAIXIANG.id(), LATER))
               .expectNoEvents()
               .expectException(refused(RefusalCode.MEMBER_NOT_FOUND));
    }

    @Test
    void aPostingCannotEndBeforeItBegan() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("zhang", MARKET, YIHAI.id()))
               .when(new EndPosting(ALLIANCE, "zhang", YIHAI.id(), APPOINTED_ON.minusDays(1)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void aRecallEndsEveryPosting() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("zhang", MARKET, YIHAI.id(), BAIXIANG.id()))
               .when(new RecallInstructor(ALLIANCE, "zhang", LATER))
               .expectEvents(new PostingEnded(ALLIANCE, "zhang", BAIXIANG.id(), LATER, PostingEndReason.RECALLED),
                             new PostingEnded(ALLIANCE, "zhang", YIHAI.id(), LATER, PostingEndReason.RECALLED),
                             new InstructorRecalled(ALLIANCE, "zhang", LATER));
    }

    @Test
    void aRecallCannotPrecedeTheLatestPosting() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("zhang", MARKET, YIHAI.id()),
                      new InstructorPosted(ALLIANCE, "zhang", BAIXIANG.id(), LATER))
               .when(new RecallInstructor(ALLIANCE, "zhang", LATER.minusDays(1)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void aRecalledInstructorIsNotRecalledAgain() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("zhang", MARKET, YIHAI.id()),
                      new PostingEnded(ALLIANCE, "zhang", YIHAI.id(), LATER, PostingEndReason.RECALLED),
                      new InstructorRecalled(ALLIANCE, "zhang", LATER))
               .when(new RecallInstructor(ALLIANCE, "zhang", LATER))
               .expectNoEvents()
               .expectException(refused(RefusalCode.INSTRUCTOR_RECALLED));
    }

    @Test
    void aLeavingMembersPostingsEndThatDay() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), joined(MANUFACTURING),
                      appointed("zhang", MARKET, YIHAI.id(), BAIXIANG.id()), appointed("li", MANUFACTURING, YIHAI.id()),
                      appointed("wang", MANUFACTURING, BAIXIANG.id()))
               .when(new WithdrawFromAlliance(ALLIANCE, YIHAI.id(), LATER, null))
               .expectEvents(new PostingEnded(ALLIANCE, "li", YIHAI.id(), LATER, PostingEndReason.MEMBER_LEFT),
                             new PostingEnded(ALLIANCE, "zhang", YIHAI.id(), LATER, PostingEndReason.MEMBER_LEFT),
                             new MemberWithdrew(ALLIANCE, YIHAI.id(), LATER, null));
    }

    @Test
    void aMemberCannotLeaveBeforeAPostingToItBegan() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("zhang", MARKET, BAIXIANG.id()),
                      new InstructorPosted(ALLIANCE, "zhang", JINMAILANG.id(), LATER))
               .when(new WithdrawFromAlliance(ALLIANCE, JINMAILANG.id(), LATER.minusDays(1), null))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void anInstructorOfAMemberWhoLeftIsPostedElsewhere() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("zhang", MARKET, YIHAI.id()),
                      new PostingEnded(ALLIANCE, "zhang", YIHAI.id(), LATER, PostingEndReason.MEMBER_LEFT),
                      new MemberWithdrew(ALLIANCE, YIHAI.id(), LATER, null))
               .when(new PostInstructor(ALLIANCE, "zhang", BAIXIANG.id(), LATER))
               .expectEvents(new InstructorPosted(ALLIANCE, "zhang", BAIXIANG.id(), LATER));
    }
}
