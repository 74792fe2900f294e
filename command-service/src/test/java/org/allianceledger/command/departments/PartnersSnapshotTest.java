package org.allianceledger.command.departments;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.command.alliance.AllianceSnapshots;
import org.allianceledger.events.DepartmentWithdrew;
import org.allianceledger.events.InstructorPosted;
import org.allianceledger.events.InstructorRecalled;
import org.allianceledger.events.PostingEndReason;
import org.allianceledger.events.PostingEnded;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.JINMAILANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.departments.DepartmentFixtures.MANUFACTURING;
import static org.allianceledger.command.departments.DepartmentFixtures.MARKET;
import static org.allianceledger.command.departments.DepartmentFixtures.appointed;
import static org.allianceledger.command.departments.DepartmentFixtures.joined;
import static org.assertj.core.api.Assertions.assertThat;

/** A snapshot holds the partners whole: departments (also one that withdrew), instructors, postings and recalls. */
class PartnersSnapshotTest {

    @Test
    void partnersSurviveSerializationAsASnapshotWholly() {
        LocalDate later = LocalDate.of(2022, 9, 30);
        Alliance alliance = AllianceSnapshots.sourced(
                Yanzhou.allianceFounded(), joined(MARKET), joined(MANUFACTURING),
                appointed("zhang", MARKET, YIHAI.id(), BAIXIANG.id()), appointed("li", MANUFACTURING, JINMAILANG.id()),
                new InstructorPosted(ALLIANCE, "zhang", JINMAILANG.id(), later),
                new PostingEnded(ALLIANCE, "zhang", YIHAI.id(), later, PostingEndReason.ENDED),
                new PostingEnded(ALLIANCE, "li", JINMAILANG.id(), later, PostingEndReason.DEPARTMENT_WITHDREW),
                new InstructorRecalled(ALLIANCE, "li", later),
                new DepartmentWithdrew(ALLIANCE, MANUFACTURING.id(), later));

        String snapshot = AllianceSnapshots.roundTrip(alliance).data();

        assertThat(snapshot).contains("兖州区市场监督管理局", "zhang", "2022-09-30");
    }

}
