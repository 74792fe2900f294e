package org.allianceledger.query.members;

import org.allianceledger.events.MemberExpelled;
import org.allianceledger.events.MemberSuspended;
import org.allianceledger.events.SuspensionLifted;
import org.allianceledger.query.projections.ProjectionBench;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.FOUNDED_ON;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.JINMAILANG;
import static org.allianceledger.query.QueryFixtures.founded;
import static org.allianceledger.query.projections.ProjectionBench.anAlliance;
import static org.assertj.core.api.Assertions.assertThat;

/** Suspensions on the members read, as of a day; an expelled member leaves the list from the day of the decision. */
class SuspensionProjectionTest {

    static final ProjectionBench bench = ProjectionBench.on("projection_suspensions");

    final String alliance = anAlliance();
    final ProjectionBench.Feed members = bench.feed(new MemberProjection(bench.jdbc(), bench.writer()));
    final MemberQueries queries = new MemberQueries(bench.jdbc());

    static final LocalDate FROM = LocalDate.of(2022, 8, 1);
    static final LocalDate UNTIL = LocalDate.of(2022, 8, 31);

    MemberQueries.Member yihai(LocalDate asOf) {
        return queries.members(alliance, asOf).stream().filter(m -> m.id().equals(YIHAI.id())).findFirst().orElseThrow();
    }

    @Test
    void aMemberIsShownSuspendedFromItsFirstDayThroughItsLast() {
        members.live(founded(alliance, YIHAI, BAIXIANG), new MemberSuspended(alliance, YIHAI.id(), FROM, UNTIL, "拖欠会费"));

        assertThat(yihai(FROM.minusDays(1)).suspended()).isFalse();
        assertThat(yihai(FROM).suspended()).isTrue();
        assertThat(yihai(FROM).suspendedUntil()).isEqualTo(UNTIL);
        assertThat(yihai(UNTIL).suspended()).isTrue();
        assertThat(yihai(UNTIL.plusDays(1)).suspended()).isFalse();
        assertThat(yihai(UNTIL.plusDays(1)).suspendedUntil()).isNull();
    }

    @Test
    void aLiftedSuspensionEndsTheDayBeforeItWasLifted() {
        LocalDate lifted = LocalDate.of(2022, 8, 15);
        members.live(founded(alliance, YIHAI, BAIXIANG), new MemberSuspended(alliance, YIHAI.id(), FROM, null, "拖欠会费"),
                     new SuspensionLifted(alliance, YIHAI.id(), lifted));

        assertThat(yihai(lifted.minusDays(1)).suspended()).isTrue();
        assertThat(yihai(lifted.minusDays(1)).suspendedUntil()).isNull();
        assertThat(yihai(lifted).suspended()).isFalse();
        assertThat(yihai(null).suspended()).isFalse();
    }

    @Test
    void anExpelledMemberIsNotAMemberFromTheDayOfTheDecision() {
        LocalDate expelled = LocalDate.of(2022, 9, 5);
        members.live(founded(alliance, YIHAI, BAIXIANG, JINMAILANG), new MemberExpelled(alliance, JINMAILANG.id(), expelled, "m-1"));

        assertThat(queries.members(alliance, expelled.minusDays(1))).extracting(MemberQueries.Member::id).contains(JINMAILANG.id());
        assertThat(queries.members(alliance, expelled)).extracting(MemberQueries.Member::id).doesNotContain(JINMAILANG.id());
        assertThat(queries.members(alliance, FOUNDED_ON)).hasSize(3);
    }

    @Test
    void aSuspensionReplayedIsTheSame() {
        MemberSuspended suspended = new MemberSuspended(alliance, YIHAI.id(), FROM, UNTIL, "拖欠会费");
        members.replayed(founded(alliance, YIHAI, BAIXIANG), suspended);
        members.live(suspended);

        assertThat(bench.rows("SELECT * FROM member_suspension WHERE alliance_id = ?", alliance)).hasSize(1);
    }
}
