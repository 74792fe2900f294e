package org.allianceledger.query.alliances;

import org.allianceledger.events.Attendees;
import org.allianceledger.events.MeetingOverdue;
import org.allianceledger.events.MeetingRecorded;
import org.allianceledger.query.projections.ProjectionBench;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.FOUNDED_ON;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.founded;
import static org.allianceledger.query.projections.ProjectionBench.anAlliance;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code meetingOverdue} on the alliance: set by MeetingOverdue, cleared by the next meeting held. */
class MeetingOverdueProjectionTest {

    static final ProjectionBench bench = ProjectionBench.on("projection_alliance_meetings");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Attendees ATTENDEES = new Attendees(List.of(YIHAI.id()), List.of());

    final String alliance = anAlliance();
    final ProjectionBench.Feed alliances = bench.feed(new AllianceProjection(bench.jdbc(), JSON, bench.writer()));
    final AllianceQueries queries = new AllianceQueries(bench.jdbc(), JSON);

    AllianceQueries.AllianceView view() {
        return queries.one(alliance).orElseThrow();
    }

    @Test
    void aMeetingIsDueTheCadenceMonthsAfterTheFoundingUntilOneIsHeld() {
        alliances.live(founded(alliance, YIHAI, BAIXIANG));

        assertThat(view().meetingOverdue()).isFalse();
        assertThat(view().meetingDueOn()).isEqualTo(FOUNDED_ON.plusMonths(2));
        assertThat(view().lastMeetingHeldOn()).isNull();
    }

    @Test
    void aMeetingOverdueShowsOnTheAlliance() {
        alliances.live(founded(alliance, YIHAI, BAIXIANG), new MeetingOverdue(alliance, FOUNDED_ON, FOUNDED_ON.plusMonths(2)));

        assertThat(view().meetingOverdue()).isTrue();
    }

    @Test
    void theNextMeetingHeldClearsItAndMovesTheDueDay() {
        LocalDate held = LocalDate.of(2022, 7, 1);
        alliances.live(founded(alliance, YIHAI, BAIXIANG), new MeetingOverdue(alliance, FOUNDED_ON, FOUNDED_ON.plusMonths(2)),
                       new MeetingRecorded(alliance, "m-1", held, ATTENDEES, null));

        assertThat(view().meetingOverdue()).isFalse();
        assertThat(view().lastMeetingHeldOn()).isEqualTo(held);
        assertThat(view().meetingDueOn()).isEqualTo(LocalDate.of(2022, 9, 1));
    }

    @Test
    void aMeetingRecordedLateThatWasHeldBeforeTheLastOneMovesNothing() {
        LocalDate held = LocalDate.of(2022, 7, 1);
        alliances.live(founded(alliance, YIHAI, BAIXIANG), new MeetingRecorded(alliance, "m-2", held, ATTENDEES, null),
                       new MeetingOverdue(alliance, held, held.plusMonths(2)),
                       new MeetingRecorded(alliance, "m-1", held.minusDays(10), ATTENDEES, null));

        assertThat(view().meetingOverdue()).isTrue();
        assertThat(view().lastMeetingHeldOn()).isEqualTo(held);
    }

    @Test
    void anOverdueOfAnEarlierDueDayDoesNotMarkTheAlliance() {
        LocalDate held = LocalDate.of(2022, 6, 1);
        alliances.live(founded(alliance, YIHAI, BAIXIANG), new MeetingRecorded(alliance, "m-1", held, ATTENDEES, null),
                       new MeetingOverdue(alliance, FOUNDED_ON, FOUNDED_ON.plusMonths(2)));

        assertThat(view().meetingOverdue()).isFalse();
    }
}
