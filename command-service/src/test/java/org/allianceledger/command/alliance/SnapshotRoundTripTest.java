package org.allianceledger.command.alliance;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.events.ActivityKind;
import org.allianceledger.events.ActivityRecorded;
import org.allianceledger.events.Attendees;
import org.allianceledger.events.MeetingRecorded;
import org.allianceledger.events.MeetingScheduled;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.events.VoteCast;
import org.allianceledger.events.VoteDecision;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YINGYUAN;
import static org.allianceledger.command.Yanzhou.YUDA;
import static org.assertj.core.api.Assertions.assertThat;

/** A snapshot must hold the whole decision state: members, founding, applications with their votes, meetings, activities. */
class SnapshotRoundTripTest {

    @Test
    void anAllianceSurvivesSerializationAsASnapshotWholly() {
        Alliance alliance = AllianceSnapshots.sourced(
                Yanzhou.allianceFounded(),
                new MemberAdmitted(ALLIANCE, YUDA, LocalDate.of(2022, 8, 5), "app-yuda"),
                new MembershipApplied(ALLIANCE, "app-yingyuan", YINGYUAN, LocalDate.of(2022, 12, 20), "申请",
                                      List.of(BAIXIANG.id(), YIHAI.id(), YUDA.id()), Instant.parse("2023-01-03T00:00:00Z")),
                new MeetingScheduled(ALLIANCE, "meeting-2023-01-11", "新一届联盟联席会", LocalDate.of(2023, 1, 11),
                                     List.of("表决櫻源有限公司入盟申请")),
                new VoteCast(ALLIANCE, "app-yingyuan", YIHAI.id(), VoteDecision.FOR, LocalDate.of(2023, 1, 11),
                             "meeting-2023-01-11"),
                new MeetingRecorded(ALLIANCE, "meeting-2023-01-11", LocalDate.of(2023, 1, 11),
                                    new Attendees(List.of(YIHAI.id(), YUDA.id()), List.of("11370812YKY0WCH4RR")), "纪要"),
                new ActivityRecorded(ALLIANCE, "edu-fund-2023", ActivityKind.PUBLIC_WELFARE, "教育基金捐赠",
                                     LocalDate.of(2023, 5, 20), new Attendees(List.of(YIHAI.id()), List.of()),
                                     new BigDecimal("2600000.00"), 1200));

        String snapshot = AllianceSnapshots.roundTrip(alliance).data();

        assertThat(snapshot).contains("櫻源有限公司", "app-yingyuan", "FOR", "2022-08-05", "新一届联盟联席会",
                                                "11370812YKY0WCH4RR", "2023-03-11", "edu-fund-2023",
                                                "教育基金捐赠");
    }

}
