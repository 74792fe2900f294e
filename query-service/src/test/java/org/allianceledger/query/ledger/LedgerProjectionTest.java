package org.allianceledger.query.ledger;

import org.allianceledger.events.ProblemAssigned;
import org.allianceledger.events.ProblemCategory;
import org.allianceledger.events.ProblemEvent;
import org.allianceledger.events.ProblemOverdue;
import org.allianceledger.events.ProblemRaised;
import org.allianceledger.events.ProblemResolved;
import org.allianceledger.events.ProblemStream;
import org.allianceledger.events.ResolvedBy;
import org.allianceledger.platform.messaging.LedgerMetaData;
import org.allianceledger.query.ledger.LedgerQueries.ProblemFilter;
import org.allianceledger.query.ledger.LedgerQueries.ProblemStatus;
import org.allianceledger.query.ledger.LedgerQueries.ProblemView;
import org.allianceledger.query.projections.ProjectionBench;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.projections.ProjectionBench.anAlliance;
import static org.assertj.core.api.Assertions.assertThat;

/** The problem ledger's read model as the projection writes it and LedgerQueries reads it back. */
class LedgerProjectionTest {

    static final ProjectionBench bench = ProjectionBench.on("projection_ledger");
    static final String BUREAU = "11370812YKY0WCH4RR";
    static final String DESCRIPTION = "原料采购季流动资金缺口；\r\n\t约两千万元";

    final String alliance = anAlliance();
    final ProjectionBench.Feed ledger = bench.feed(new LedgerProjection(bench.jdbc(), bench.writer()));
    final LedgerQueries queries = new LedgerQueries(bench.jdbc());

    DomainEventMessage<?> message(long sequence, ProblemEvent event) {
        return new GenericDomainEventMessage<>("Problem", ProblemStream.of(event.allianceId(), event.problemId()),
                                               sequence, event, MetaData.with(LedgerMetaData.SUBMITTED_BY, "operator"),
                                               UUID.randomUUID().toString(),
                                               ProjectionBench.RECORDING_STARTS.plusSeconds(sequence));
    }

    List<DomainEventMessage<?>> history() {
        return List.of(message(0, new ProblemRaised(alliance, "p-1", BAIXIANG.id(), LocalDate.of(2023, 3, 1),
                                                    ProblemCategory.FINANCING, "流动资金紧张", DESCRIPTION, false, null)),
                       message(1, new ProblemAssigned(alliance, "p-1", BUREAU, LocalDate.of(2023, 3, 2),
                                                      LocalDate.of(2023, 3, 31))),
                       message(2, new ProblemOverdue(alliance, "p-1", LocalDate.of(2023, 3, 31))),
                       message(3, new ProblemResolved(alliance, "p-1", "协调授信", LocalDate.of(2023, 4, 5),
                                                      ResolvedBy.DEPARTMENT)));
    }

    ProblemView only() {
        return queries.problem(alliance, "p-1").orElseThrow();
    }

    @Test
    void aResolvedProblemIsNoLongerOverdueAndKeepsEveryStep() {
        ledger.live(history().toArray(DomainEventMessage<?>[]::new));
        ProblemView problem = only();
        assertThat(problem.status()).isEqualTo(ProblemStatus.RESOLVED);
        assertThat(problem.overdue()).isFalse();
        assertThat(problem.description()).isEqualTo(DESCRIPTION);
        assertThat(problem.version()).isEqualTo(4);
        assertThat(problem.history()).extracting(LedgerQueries.ProblemStep::kind)
                .containsExactly("RAISED", "ASSIGNED", "OVERDUE", "RESOLVED");
        assertThat(problem.history()).extracting(LedgerQueries.ProblemStep::submittedBy).containsOnly("operator");
        assertThat(problem.history().get(0).recordedAt()).isEqualTo(ProjectionBench.RECORDING_STARTS);
    }

    @Test
    void anEventHandedTwiceWritesNothingTwice() {
        DomainEventMessage<?>[] events = history().toArray(DomainEventMessage<?>[]::new);
        ledger.live(events).live(events[1], events[3]);
        assertThat(only().history()).hasSize(4);
        assertThat(only().version()).isEqualTo(4);
    }

    @Test
    void aReplayWritesWhatTheLiveEventsWrote() {
        ledger.live(history().toArray(DomainEventMessage<?>[]::new));
        ProblemView live = only();
        ledger.reset();
        assertThat(queries.problems(alliance, new ProblemFilter(null, null, null, null))).isEmpty();
        ledger.replayed(history().toArray(DomainEventMessage<?>[]::new));
        assertThat(only()).isEqualTo(live);
    }

    @Test
    void anOverdueProblemIsFoundByTheOverdueFilter() {
        List<DomainEventMessage<?>> events = history();
        ledger.live(events.get(0), events.get(1), events.get(2));
        assertThat(queries.problems(alliance, new ProblemFilter(null, BUREAU, null, true)))
                .extracting(ProblemView::problemId).containsExactly("p-1");
        assertThat(queries.problems(alliance, new ProblemFilter(null, null, null, false))).isEmpty();
    }
}
