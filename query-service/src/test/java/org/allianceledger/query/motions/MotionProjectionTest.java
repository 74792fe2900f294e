package org.allianceledger.query.motions;

import org.allianceledger.events.MotionFiled;
import org.allianceledger.events.MotionKind;
import org.allianceledger.events.MotionRejected;
import org.allianceledger.events.MotionVoteCast;
import org.allianceledger.events.MotionVoterRecused;
import org.allianceledger.events.RejectionReason;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteClosure;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.query.projections.ProjectionBench;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.JINMAILANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.YUDA;
import static org.allianceledger.query.projections.ProjectionBench.anAlliance;
import static org.assertj.core.api.Assertions.assertThat;

class MotionProjectionTest {

    static final ProjectionBench bench = ProjectionBench.on("projection_motions");
    static final LocalDate FILED = LocalDate.of(2022, 7, 20);
    static final Instant WINDOW = Instant.parse("2022-08-03T00:00:00Z");

    final String alliance = anAlliance();
    final ProjectionBench.Feed motions = bench.feed(new MotionProjection(bench.jdbc(), bench.writer()));
    final MotionQueries queries = new MotionQueries(bench.jdbc());

    MotionFiled filed() {
        return new MotionFiled(alliance, "m-1", MotionKind.EXPULSION, JINMAILANG.id(), FILED, "多次违反联盟章程",
                               List.of(BAIXIANG.id(), YIHAI.id(), YUDA.id()), WINDOW);
    }

    MotionQueries.Motion motion() {
        return queries.motion(alliance, "m-1").orElseThrow();
    }

    @Test
    void aFiledMotionIsOpenWithItsElectorateAndNoOutcome() {
        motions.live(filed());

        assertThat(motion().status()).isEqualTo(MotionQueries.Status.OPEN);
        assertThat(motion().outcome()).isNull();
        assertThat(motion().tally().eligible()).isEqualTo(3);
        assertThat(motion().statement()).isEqualTo("多次违反联盟章程");
    }

    @Test
    void votesAndRecusalsAreCountedOnceEvenWhenHandledTwice() {
        MotionVoteCast vote = new MotionVoteCast(alliance, "m-1", YIHAI.id(), VoteDecision.AGAINST, FILED);
        MotionVoterRecused recusal = new MotionVoterRecused(alliance, "m-1", YUDA.id(), "关联企业", FILED, 2);
        motions.replayed(filed(), vote, recusal);
        motions.live(vote, recusal);

        assertThat(motion().tally()).isEqualTo(new org.allianceledger.query.applications.Tally(0, 1, 0, 2));
        assertThat(motion().votes()).hasSize(1);
        assertThat(motion().recusals()).extracting(MotionQueries.Recusal::voter).containsExactly(YUDA.id());
    }

    @Test
    void aRejectedMotionShowsItsOutcomeClosureAndReason() {
        motions.live(filed(), new MotionRejected(alliance, "m-1", MotionKind.EXPULSION, JINMAILANG.id(), FILED.plusDays(5),
                                                 new Tally(0, 0, 0, 3), VoteClosure.CLOSED_BY_OPERATOR,
                                                 RejectionReason.QUORUM_NOT_MET));

        assertThat(motion().outcome()).isEqualTo(MotionQueries.Status.REJECTED);
        assertThat(motion().closure()).isEqualTo("CLOSED_BY_OPERATOR");
        assertThat(motion().rejectionReason()).isEqualTo("QUORUM_NOT_MET");
        assertThat(queries.motions(alliance, Set.of(MotionQueries.Status.OPEN))).isEmpty();
    }
}
