package org.allianceledger.command.departments;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.events.Department;
import org.allianceledger.events.DepartmentJoined;
import org.allianceledger.events.DepartmentWithdrew;
import org.allianceledger.events.InstructorPosted;
import org.allianceledger.events.InstructorRecalled;
import org.allianceledger.events.PostingEndReason;
import org.allianceledger.events.PostingEnded;
import org.allianceledger.platform.domain.RefusalCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.allianceledger.command.RefusalMatcher.refused;
import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.FOUNDED_ON;
import static org.allianceledger.command.Yanzhou.JINMAILANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.departments.DepartmentFixtures.MANUFACTURING;
import static org.allianceledger.command.departments.DepartmentFixtures.MARKET;
import static org.allianceledger.command.departments.DepartmentFixtures.appointed;
import static org.allianceledger.command.departments.DepartmentFixtures.joined;

/** Partner departments: joining, joining again, withdrawing, and what a withdrawal ends. */
class DepartmentsTest {

    private static final LocalDate WITHDRAWS = LocalDate.of(2022, 12, 31);

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alliance.class);
    }

    @Test
    void aDepartmentJoinsAsPartner() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new JoinAsPartner(ALLIANCE, MARKET, FOUNDED_ON))
               .expectEvents(new DepartmentJoined(ALLIANCE, MARKET, FOUNDED_ON));
    }

    @Test
    void theSameJoiningResentRecordsNothing() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET))
               .when(new JoinAsPartner(ALLIANCE, MARKET, FOUNDED_ON))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aCurrentPartnerCannotJoinAgainOtherwise() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET))
               .when(new JoinAsPartner(ALLIANCE, new Department(MARKET.id(), "市场监管局"), FOUNDED_ON))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DEPARTMENT_ALREADY_PARTNER));
    }

    @Test
    void aDepartmentThatWithdrewMayJoinAgain() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), new DepartmentWithdrew(ALLIANCE, MARKET.id(), WITHDRAWS))
               .when(new JoinAsPartner(ALLIANCE, MARKET, WITHDRAWS.plusDays(1)))
               .expectEvents(new DepartmentJoined(ALLIANCE, MARKET, WITHDRAWS.plusDays(1)));
    }

    @Test
    void joiningCannotPrecedeTheFounding() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new JoinAsPartner(ALLIANCE, MARKET, FOUNDED_ON.minusDays(1)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void joiningAgainCannotPrecedeTheWithdrawal() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), new DepartmentWithdrew(ALLIANCE, MARKET.id(), WITHDRAWS))
               .when(new JoinAsPartner(ALLIANCE, MARKET, WITHDRAWS.minusDays(1)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void onlyACurrentPartnerWithdraws() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new WithdrawDepartment(ALLIANCE, MARKET.id(), WITHDRAWS))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DEPARTMENT_NOT_FOUND));
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), new DepartmentWithdrew(ALLIANCE, MARKET.id(), WITHDRAWS))
               .when(new WithdrawDepartment(ALLIANCE, MARKET.id(), WITHDRAWS))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DEPARTMENT_NOT_FOUND));
    }

    @Test
    void aWithdrawingDepartmentsInstructorsPostingsEndThatDay() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), joined(MANUFACTURING),
                      appointed("zhang", MARKET, YIHAI.id(), BAIXIANG.id()),
                      appointed("li", MANUFACTURING, JINMAILANG.id()))
               .when(new WithdrawDepartment(ALLIANCE, MARKET.id(), WITHDRAWS))
               .expectEvents(new PostingEnded(ALLIANCE, "zhang", BAIXIANG.id(), WITHDRAWS, PostingEndReason.DEPARTMENT_WITHDREW),
                             new PostingEnded(ALLIANCE, "zhang", YIHAI.id(), WITHDRAWS, PostingEndReason.DEPARTMENT_WITHDREW),
                             new InstructorRecalled(ALLIANCE, "zhang", WITHDRAWS),
                             new DepartmentWithdrew(ALLIANCE, MARKET.id(), WITHDRAWS));
    }

    @Test
    void withdrawalCannotPrecedeJoining() {
        fixture.given(Yanzhou.allianceFounded(), new DepartmentJoined(ALLIANCE, MARKET, WITHDRAWS))
               .when(new WithdrawDepartment(ALLIANCE, MARKET.id(), WITHDRAWS.minusDays(1)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void withdrawalCannotPrecedeAPostingOfItsInstructors() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("zhang", MARKET, YIHAI.id()),
                      new InstructorPosted(ALLIANCE, "zhang", BAIXIANG.id(), WITHDRAWS))
               .when(new WithdrawDepartment(ALLIANCE, MARKET.id(), WITHDRAWS.minusDays(1)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }
}
