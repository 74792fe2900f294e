package org.allianceledger.command.alliance;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.events.MemberSuspended;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.events.MotionFiled;
import org.allianceledger.events.MotionKind;
import org.allianceledger.events.MotionVoteCast;
import org.allianceledger.events.MotionVoterRecused;
import org.allianceledger.events.RotationPlanned;
import org.allianceledger.events.SuspensionLifted;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.events.VoterRecused;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.JINMAILANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YINGYUAN;
import static org.assertj.core.api.Assertions.assertThat;

/** A snapshot holds the plan, the suspensions, the motions and the recusals too. */
class DisciplineSnapshotTest {

    @Test
    void theDisciplineStateSurvivesSerializationAsASnapshotWholly() {
        LocalDate day = LocalDate.of(2022, 8, 1);
        Instant window = Instant.parse("2022-08-15T00:00:00Z");
        Alliance alliance = AllianceSnapshots.sourced(
                Yanzhou.allianceFounded(),
                new RotationPlanned(ALLIANCE, List.of(BAIXIANG.id(), YIHAI.id(), JINMAILANG.id()), "轮值", day),
                new MemberSuspended(ALLIANCE, YIHAI.id(), day, LocalDate.of(2022, 8, 31), "拖欠会费"),
                new SuspensionLifted(ALLIANCE, YIHAI.id(), LocalDate.of(2022, 8, 10)),
                new MembershipApplied(ALLIANCE, "app-yy", YINGYUAN, day, null,
                                      List.of(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id()), window),
                new VoterRecused(ALLIANCE, "app-yy", YIHAI.id(), "关联企业", day, 2),
                new MotionFiled(ALLIANCE, "m-1", MotionKind.EXPULSION, JINMAILANG.id(), day, "违反章程",
                                List.of(BAIXIANG.id(), YIHAI.id()), window),
                new MotionVoteCast(ALLIANCE, "m-1", BAIXIANG.id(), VoteDecision.FOR, day),
                new MotionVoterRecused(ALLIANCE, "m-1", YIHAI.id(), "回避", day, 1));

        String snapshot = AllianceSnapshots.roundTrip(alliance).data();

        assertThat(snapshot).contains("拖欠会费", "违反章程", "m-1", "app-yy", "2022-08-10");
        assertThat(snapshot).doesNotContain("expulsions");
    }

}
