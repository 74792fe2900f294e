package org.allianceledger.query.chair;

import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.events.RotationOverdue;
import org.allianceledger.query.projections.ProjectionBench;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.FOUNDED_ON;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.founded;
import static org.allianceledger.query.projections.ProjectionBench.anAlliance;
import static org.assertj.core.api.Assertions.assertThat;

class ChairProjectionTest {

    static final ProjectionBench bench = ProjectionBench.on("projection_chair");

    final String alliance = anAlliance();
    final ProjectionBench.Feed chair = bench.feed(new ChairProjection(bench.jdbc(), bench.writer()));

    static final LocalDate HANDED_OVER = LocalDate.of(2022, 6, 21);
    static final LocalDate NEXT_TERM_ENDS = LocalDate.of(2022, 8, 21);

    List<Map<String, Object>> terms() {
        return bench.rows("""
                SELECT term_no, chair, since, term_ends, ended_on, handed_from, note, overdue FROM chair_term
                WHERE alliance_id = ? ORDER BY term_no""", alliance);
    }

    RotationHandedOver handover() {
        return new RotationHandedOver(alliance, BAIXIANG.id(), YIHAI.id(), HANDED_OVER, NEXT_TERM_ENDS, "按章程轮值");
    }

    @Test
    void theFoundingChairHoldsTheFirstTermFromTheFoundingUntilTheCharterSaysItEnds() {
        chair.live(founded(alliance, YIHAI, BAIXIANG));

        assertThat(terms()).singleElement().satisfies(term -> assertThat(term)
                .containsEntry("term_no", 0L).containsEntry("chair", BAIXIANG.id())
                .containsEntry("since", Date.valueOf(FOUNDED_ON))
                .containsEntry("term_ends", Date.valueOf(FOUNDED_ON.plusMonths(2)))
                .containsEntry("ended_on", null).containsEntry("handed_from", null).containsEntry("overdue", false));
    }

    @Test
    void aHandoverEndsTheTermOnItsDayAndStartsTheNextNumberedByItsPlaceInTheStream() {
        chair.live(founded(alliance, YIHAI, BAIXIANG), handover());

        List<Map<String, Object>> terms = terms();
        assertThat(terms).hasSize(2);
        assertThat(terms.get(0)).containsEntry("ended_on", Date.valueOf(HANDED_OVER));
        assertThat(terms.get(1)).containsEntry("term_no", 1L).containsEntry("chair", YIHAI.id())
                .containsEntry("since", Date.valueOf(HANDED_OVER)).containsEntry("term_ends", Date.valueOf(NEXT_TERM_ENDS))
                .containsEntry("ended_on", null).containsEntry("handed_from", BAIXIANG.id())
                .containsEntry("note", "按章程轮值");
    }

    @Test
    void aHandoverHandledAgainLeavesTheTermItStartedOpen() {
        var founding = bench.message(founded(alliance, YIHAI, BAIXIANG));
        var handedOver = bench.message(handover());
        chair.live(founding, handedOver);

        chair.live(handedOver);

        assertThat(terms()).hasSize(2).last().satisfies(term -> assertThat(term).containsEntry("ended_on", null));
    }

    @Test
    void anOverdueRotationMarksTheTermStillRunningOverdue() {
        chair.live(founded(alliance, YIHAI, BAIXIANG),
                   new RotationOverdue(alliance, BAIXIANG.id(), FOUNDED_ON, FOUNDED_ON.plusMonths(2)));

        assertThat(terms()).singleElement().satisfies(term -> assertThat(term).containsEntry("overdue", true));
    }

    @Test
    void anOverdueNoticeForATermAlreadyHandedOverChangesNothing() {
        chair.live(founded(alliance, YIHAI, BAIXIANG), handover(),
                   new RotationOverdue(alliance, BAIXIANG.id(), FOUNDED_ON, FOUNDED_ON.plusMonths(2)));

        assertThat(terms()).allSatisfy(term -> assertThat(term).containsEntry("overdue", false));
    }
}
