package org.allianceledger.query.reports;

import org.allianceledger.events.ActivityKind;
import org.allianceledger.events.ActivityRecorded;
import org.allianceledger.events.Attendees;
import org.allianceledger.events.ProblemAssigned;
import org.allianceledger.events.ProblemCategory;
import org.allianceledger.events.ProblemEvent;
import org.allianceledger.events.ProblemFeedbackGiven;
import org.allianceledger.events.ProblemOverdue;
import org.allianceledger.events.ProblemRaised;
import org.allianceledger.events.ProblemResolved;
import org.allianceledger.events.ProblemStream;
import org.allianceledger.events.ResolvedBy;
import org.allianceledger.events.VisitRecorded;
import org.allianceledger.events.Visitor;
import org.allianceledger.platform.messaging.LedgerMetaData;
import org.allianceledger.events.Enterprise;
import org.allianceledger.query.activities.ActivitiesOnBench;
import org.allianceledger.query.ledger.LedgerOnBench;
import org.allianceledger.query.projections.ProjectionBench;
import org.allianceledger.query.reports.ServiceReportQueries.ActivityLine;
import org.allianceledger.query.reports.ServiceReportQueries.DepartmentLine;
import org.allianceledger.query.reports.ServiceReportQueries.InstructorLine;
import org.allianceledger.query.reports.ServiceReportQueries.ServiceReport;
import org.allianceledger.query.reports.ServiceReportQueries.UncoveredEnterprise;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.FOUNDED_ON;
import static org.allianceledger.query.QueryFixtures.JINMAILANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.projections.ProjectionBench.anAlliance;
import static org.assertj.core.api.Assertions.assertThat;

/** The service report over events the ledger and activity projections stored, and rows of the other read models. */
class ServiceReportQueriesTest {

    static final ProjectionBench bench = ProjectionBench.on("report_service");
    static final String BUREAU = "11370812YKY0WCH4RR";
    static final String BANK = "11370812MB1234567X";
    static final LocalDate TODAY = LocalDate.of(2023, 12, 31);

    final String alliance = anAlliance();
    final String other = anAlliance();
    final ProjectionBench.Feed ledger = LedgerOnBench.feed(bench);
    final ProjectionBench.Feed activities = ActivitiesOnBench.feed(bench);
    final ServiceReportQueries queries = new ServiceReportQueries(bench.jdbc());
    long sequence;

    ServiceReport report(LocalDate from, LocalDate to) {
        return queries.report(alliance, null, List.of(alliance), from, to);
    }

    ServiceReport zone() {
        return queries.report(null, "zone", List.of(alliance, other), null, TODAY);
    }

    void problem(String alliance, ProblemEvent... events) {
        for (ProblemEvent event : events) {
            DomainEventMessage<?> message = new GenericDomainEventMessage<>(
                    "Problem", ProblemStream.of(event.allianceId(), event.problemId()), sequence++, event,
                    MetaData.with(LedgerMetaData.SUBMITTED_BY, "operator"), UUID.randomUUID().toString(),
                    ProjectionBench.RECORDING_STARTS.plusSeconds(sequence));
            ledger.live(message);
        }
    }

    void raised(String id, LocalDate on) {
        problem(alliance, new ProblemRaised(alliance, id, BAIXIANG.id(), on, ProblemCategory.FINANCING, "流动资金紧张",
                                            "原料采购季流动资金缺口", false, null));
    }

    void assignedAndResolved(String id, String department, LocalDate on, LocalDate resolvedOn) {
        problem(alliance, new ProblemAssigned(alliance, id, department, on, on.plusDays(30)),
                new ProblemResolved(alliance, id, "协调授信", resolvedOn, ResolvedBy.DEPARTMENT));
    }

    void member(String alliance, Enterprise member) {
        bench.jdbc().sql("INSERT INTO member (alliance_id, enterprise_id, name, member_since, admitted_by) "
                         + "VALUES (?, ?, ?, ?, 'FOUNDING')")
                .params(alliance, member.id(), member.name(), FOUNDED_ON).update();
    }

    void department(String alliance, String id, String name) {
        bench.jdbc().sql("INSERT INTO partner_department (alliance_id, department_id, name, joined_on) VALUES (?, ?, ?, ?)")
                .params(alliance, id, name, FOUNDED_ON).update();
    }

    void instructor(String alliance, String id, String department, Enterprise... serves) {
        bench.jdbc().sql("INSERT INTO instructor (alliance_id, instructor_id, name, department_id, appointed_on) "
                         + "VALUES (?, ?, ?, ?, ?)").params(alliance, id, "王" + id, department, FOUNDED_ON).update();
        for (Enterprise member : serves) {
            bench.jdbc().sql("INSERT INTO instructor_posting (alliance_id, instructor_id, enterprise_id, since) "
                             + "VALUES (?, ?, ?, ?)").params(alliance, id, member.id(), FOUNDED_ON).update();
        }
    }

    @Test
    void problemsAreThoseRaisedInThePeriodBothDaysIncluded() {
        raised("before", LocalDate.of(2023, 1, 9));
        raised("first", LocalDate.of(2023, 1, 10));
        raised("last", LocalDate.of(2023, 1, 20));
        raised("after", LocalDate.of(2023, 1, 21));

        assertThat(report(LocalDate.of(2023, 1, 10), LocalDate.of(2023, 1, 20)).problems().raised()).isEqualTo(2);
        assertThat(report(null, TODAY).problems().raised()).isEqualTo(4);
    }

    @Test
    void aProblemResolvedAfterThePeriodIsStillOpenInIt() {
        department(alliance, BUREAU, "兖州区市场监督管理局");
        raised("p", LocalDate.of(2023, 1, 11));
        assignedAndResolved("p", BUREAU, LocalDate.of(2023, 1, 12), LocalDate.of(2023, 2, 1));

        var inJanuary = report(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31)).problems();
        assertThat(inJanuary.resolved()).isZero();
        assertThat(inJanuary.open()).isEqualTo(1);
        var whole = report(null, TODAY).problems();
        assertThat(whole.resolved()).isEqualTo(1);
        assertThat(whole.open()).isZero();
    }

    @Test
    void theMedianIsOfTheDaysFromRaisingToResolution() {
        department(alliance, BUREAU, "兖州区市场监督管理局");
        for (int days : new int[] {21, 4, 10, 7}) {
            raised("p" + days, LocalDate.of(2023, 3, 1));
            assignedAndResolved("p" + days, BUREAU, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 1).plusDays(days));
        }
        raised("unresolved", LocalDate.of(2023, 3, 1));

        assertThat(report(null, TODAY).problems().medianDaysToResolve()).isEqualByComparingTo("8.5");
    }

    @Test
    void theAverageRatingIsOfTheProblemsRated() {
        department(alliance, BUREAU, "兖州区市场监督管理局");
        int[] ratings = {5, 4, 4};
        for (int i = 0; i < ratings.length; i++) {
            int rating = ratings[i];
            String id = "p" + i;
            raised(id, LocalDate.of(2023, 3, 1));
            assignedAndResolved(id, BUREAU, LocalDate.of(2023, 3, 2), LocalDate.of(2023, 3, 5));
            problem(alliance, new ProblemFeedbackGiven(alliance, id, rating, "满意", LocalDate.of(2023, 3, 6)));
        }

        assertThat(report(null, TODAY).problems().averageRating()).isEqualByComparingTo("4.33");
    }

    @Test
    void aDepartmentCountsWhatWasAssignedToItResolvedAndOverdue() {
        department(alliance, BUREAU, "兖州区市场监督管理局");
        department(alliance, BANK, "兖州农商银行");
        raised("done", LocalDate.of(2023, 1, 11));
        assignedAndResolved("done", BUREAU, LocalDate.of(2023, 1, 12), LocalDate.of(2023, 2, 1));
        raised("late", LocalDate.of(2023, 1, 11));
        problem(alliance, new ProblemAssigned(alliance, "late", BUREAU, LocalDate.of(2023, 1, 12), LocalDate.of(2023, 1, 20)),
                new ProblemOverdue(alliance, "late", LocalDate.of(2023, 1, 20)));

        ServiceReport report = report(null, TODAY);
        assertThat(report.departments()).containsExactly(
                new DepartmentLine(BANK, "兖州农商银行", 0, 0, 0, null),
                new DepartmentLine(BUREAU, "兖州区市场监督管理局", 2, 1, 1, null));
        assertThat(report.problems().overdue()).isEqualTo(1);
    }

    @Test
    void anInstructorCountsTheMembersServedAndTheVisitsPaid() {
        member(alliance, YIHAI);
        member(alliance, BAIXIANG);
        member(alliance, JINMAILANG);
        department(alliance, BUREAU, "兖州区市场监督管理局");
        instructor(alliance, "wang", BUREAU, YIHAI, BAIXIANG);
        ledger.live(new VisitRecorded(alliance, "v1", new Visitor("wang", null), YIHAI.id(), LocalDate.of(2023, 1, 5), "走访"),
                    new VisitRecorded(alliance, "v2", new Visitor("wang", null), BAIXIANG.id(), LocalDate.of(2023, 1, 6), null),
                    new VisitRecorded(alliance, "v3", new Visitor(null, BUREAU), BAIXIANG.id(), LocalDate.of(2023, 1, 7), null));

        ServiceReport report = report(null, TODAY);
        assertThat(report.visits()).isEqualTo(3);
        assertThat(report.instructors()).containsExactly(new InstructorLine(alliance, "wang", "王wang", BUREAU, 2, 2));
        assertThat(report.membersServed()).isEqualTo(2);
        assertThat(report.uncovered()).containsExactly(new UncoveredEnterprise(JINMAILANG.id(), JINMAILANG.name()));
        assertThat(report(LocalDate.of(2023, 1, 6), LocalDate.of(2023, 1, 6)).visits()).isEqualTo(1);
    }

    @Test
    void aMemberOfTwoAlliancesIsCountedOnceInTheZone() {
        member(alliance, YIHAI);
        member(other, YIHAI);
        member(alliance, JINMAILANG);
        member(other, JINMAILANG);
        department(alliance, BUREAU, "兖州区市场监督管理局");
        instructor(alliance, "wang", BUREAU, YIHAI);
        instructor(other, "li", BUREAU, YIHAI);

        ServiceReport zone = zone();
        assertThat(zone.enterprises()).isEqualTo(2);
        assertThat(zone.membersServed()).isEqualTo(1);
        assertThat(zone.uncovered()).extracting(UncoveredEnterprise::id).containsExactly(JINMAILANG.id());
    }

    @Test
    void aMemberServedInOneAllianceIsUncoveredWhereItsOtherAllianceServesItNot() {
        member(alliance, YIHAI);
        member(other, YIHAI);
        department(alliance, BUREAU, "兖州区市场监督管理局");
        instructor(alliance, "wang", BUREAU, YIHAI);

        ServiceReport zone = zone();
        assertThat(zone.membersServed()).isEqualTo(1);
        assertThat(zone.uncovered()).extracting(UncoveredEnterprise::id).containsExactly(YIHAI.id());
    }

    @Test
    void aDepartmentPartneringTwoAlliancesIsOneLineOfTheZone() {
        department(alliance, BUREAU, "兖州区市场监督管理局");
        department(other, BUREAU, "兖州区市场监督管理局");

        assertThat(zone().departments()).extracting(DepartmentLine::id).containsExactly(BUREAU);
    }

    @Test
    void activitiesAreSummedByKindWithExactDonations() {
        activities.live(new ActivityRecorded(alliance, "a1", ActivityKind.PUBLIC_WELFARE, "“助学兴教”教育基金", LocalDate.of(2023, 5, 20),
                                             new Attendees(List.of(), List.of()), new BigDecimal("1000000000000000.00"), 1200),
                        new ActivityRecorded(alliance, "a2", ActivityKind.PUBLIC_WELFARE, "捐赠", LocalDate.of(2023, 6, 1),
                                             new Attendees(List.of(), List.of()), new BigDecimal("0.01"), null),
                        new ActivityRecorded(alliance, "a3", ActivityKind.TRAINING, "培训", LocalDate.of(2023, 6, 2),
                                             new Attendees(List.of(), List.of()), null, null));

        assertThat(report(null, TODAY).activities()).containsExactly(
                new ActivityLine("PUBLIC_WELFARE", 2, new BigDecimal("1000000000000000.01"), 1200),
                new ActivityLine("TRAINING", 1, new BigDecimal("0.00"), 0));
    }

    @Test
    void meetingsHeldAreThoseHeldInThePeriod() {
        for (LocalDate held : List.of(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 4, 1))) {
            bench.jdbc().sql("""
                    INSERT INTO meeting (alliance_id, meeting_id, title, scheduled_on, agenda, status, held_on, recorded_at)
                    VALUES (?, ?, '联席会议', ?, '[]'::jsonb, 'HELD', ?, now())""")
                    .params(alliance, "m-" + held, held, held).update();
        }
        bench.jdbc().sql("""
                INSERT INTO meeting (alliance_id, meeting_id, title, scheduled_on, agenda, status, recorded_at)
                VALUES (?, 'planned', '联席会议', ?, '[]'::jsonb, 'SCHEDULED', now())""")
                .params(alliance, LocalDate.of(2023, 3, 1)).update();

        assertThat(report(null, TODAY).meetings().held()).isEqualTo(2);
        assertThat(report(LocalDate.of(2023, 3, 1), TODAY).meetings().held()).isEqualTo(1);
    }
}
