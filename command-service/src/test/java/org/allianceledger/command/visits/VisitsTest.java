package org.allianceledger.command.visits;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.command.problems.VouchForAssignment;
import org.allianceledger.command.problems.VouchForRaising;
import org.allianceledger.events.InstructorRecalled;
import org.allianceledger.events.VisitRecorded;
import org.allianceledger.events.Visitor;
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
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YUDA;
import static org.allianceledger.command.departments.DepartmentFixtures.MANUFACTURING;
import static org.allianceledger.command.departments.DepartmentFixtures.MARKET;
import static org.allianceledger.command.departments.DepartmentFixtures.appointed;
import static org.allianceledger.command.departments.DepartmentFixtures.joined;

/** Visits to members, and what the alliance vouches for before a problem is raised or assigned (decision 15). */
class VisitsTest {

    private static final LocalDate VISITED_ON = LocalDate.of(2023, 2, 28);
    private static final Visitor ZHANG = new Visitor("zhang", null);
    private static final Visitor THE_MARKET = new Visitor(null, MARKET.id());

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alliance.class);
    }

    private static RecordVisit visit(Visitor visitor, String enterprise) {
        return new RecordVisit(ALLIANCE, "v-1", visitor, enterprise, VISITED_ON, "走访白象");
    }

    private static VisitRecorded visited(Visitor visitor, String enterprise) {
        return new VisitRecorded(ALLIANCE, "v-1", visitor, enterprise, VISITED_ON, "走访白象");
    }

    @Test
    void anInstructorVisitsAMember() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("zhang", MARKET, BAIXIANG.id()))
               .when(visit(ZHANG, BAIXIANG.id()))
               .expectEvents(visited(ZHANG, BAIXIANG.id()));
    }

    @Test
    void aPartnerDepartmentVisitsAMember() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET))
               .when(visit(THE_MARKET, YIHAI.id()))
               .expectEvents(visited(THE_MARKET, YIHAI.id()));
    }

    @Test
    void theSameVisitResentRecordsNothing() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), visited(THE_MARKET, YIHAI.id()))
               .when(visit(THE_MARKET, YIHAI.id()))
               .expectNoEvents()
               .expectResultMessagePayload(new VisitVersion(ALLIANCE, "v-1", 3));
    }

    @Test
    void aVisitIdReusedWithAnotherBodyIsRefused() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), visited(THE_MARKET, YIHAI.id()))
               .when(visit(THE_MARKET, BAIXIANG.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.ID_ALREADY_USED));
    }

    @Test
    void aVisitIsToAMember() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET))
               .when(visit(THE_MARKET, YUDA.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_A_MEMBER));
    }

    @Test
    void theVisitorIsOneInstructorOrOneDepartment() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("zhang", MARKET, BAIXIANG.id()))
               .when(visit(new Visitor("zhang", MARKET.id()), BAIXIANG.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.VALIDATION_FAILED));
    }

    @Test
    void aVisitingInstructorIsTheAlliances() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET))
               .when(visit(ZHANG, BAIXIANG.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.INSTRUCTOR_NOT_FOUND));
    }

    @Test
    void aRecalledInstructorVisitsNoMore() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), appointed("zhang", MARKET, BAIXIANG.id()),
                      new InstructorRecalled(ALLIANCE, "zhang", LocalDate.of(2023, 1, 1)))
               .when(visit(ZHANG, BAIXIANG.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.INSTRUCTOR_RECALLED));
    }

    @Test
    void aVisitingDepartmentIsAPartner() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET))
               .when(visit(new Visitor(null, MANUFACTURING.id()), BAIXIANG.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DEPARTMENT_NOT_FOUND));
    }

    @Test
    void theAllianceVouchesForAMemberRaisingAProblemAndRecordsNothing() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new VouchForRaising(ALLIANCE, BAIXIANG.id(), VISITED_ON, null))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aProblemIsRaisedByAMember() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new VouchForRaising(ALLIANCE, YUDA.id(), VISITED_ON, null))
               .expectException(refused(RefusalCode.NOT_A_MEMBER));
    }

    @Test
    void aProblemIsRaisedByAMemberOnItsDay() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new VouchForRaising(ALLIANCE, BAIXIANG.id(), FOUNDED_ON.minusDays(1), null))
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void theVisitAProblemNamesIsTheAlliances() {
        fixture.given(Yanzhou.allianceFounded())
               .when(new VouchForRaising(ALLIANCE, BAIXIANG.id(), VISITED_ON, "v-9"))
               .expectException(refused(RefusalCode.VISIT_NOT_FOUND));
    }

    @Test
    void aProblemMayNameAVisitOfTheAlliance() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET), visited(THE_MARKET, BAIXIANG.id()))
               .when(new VouchForRaising(ALLIANCE, BAIXIANG.id(), VISITED_ON, "v-1"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aProblemIsAssignedToAPartnerDepartment() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET))
               .when(new VouchForAssignment(ALLIANCE, MANUFACTURING.id(), VISITED_ON))
               .expectException(refused(RefusalCode.DEPARTMENT_NOT_FOUND));
    }

    @Test
    void theAllianceVouchesForAPartnerAssignedAndRecordsNothing() {
        fixture.given(Yanzhou.allianceFounded(), joined(MARKET))
               .when(new VouchForAssignment(ALLIANCE, MARKET.id(), VISITED_ON))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }
}
