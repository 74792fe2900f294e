package org.allianceledger.command.rotation;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.command.AllianceVersion;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.events.RotationOverdue;
import org.allianceledger.platform.domain.RefusalCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.allianceledger.command.RefusalMatcher.refused;
import static org.allianceledger.command.Yanzhou.ALLIANCE;
import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.FOUNDED_ON;
import static org.allianceledger.command.Yanzhou.JINMAILANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YUDA;

class RotationTest {

    /** The founding day, 10:00 in Shanghai: the first term (two months) ends 2022-06-21 at midnight there. */
    private static final Instant FOUNDING_MORNING = Instant.parse("2022-04-21T02:00:00Z");
    private static final Instant FIRST_TERM_ENDS = Instant.parse("2022-06-20T16:00:00Z");
    private static final LocalDate JULY = LocalDate.of(2022, 7, 1);

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alliance.class);
    }

    private static HandOverRotation handOver(String from, String to, LocalDate on) {
        return new HandOverRotation(ALLIANCE, from, to, on, "交接轮值旗");
    }

    @Test
    void foundingSchedulesTheEndOfTheFirstTerm() {
        fixture.givenCurrentTime(FOUNDING_MORNING)
               .when(Yanzhou.foundAlliance())
               .expectScheduledDeadline(FIRST_TERM_ENDS,
                                              new ChairTermEnded(FOUNDED_ON, LocalDate.of(2022, 6, 21)));
    }

    @Test
    void theChairHandsOverForATermOfCalendarMonths() {
        fixture.givenCurrentTime(FOUNDING_MORNING)
               .andGiven(Yanzhou.allianceFounded())
               .when(handOver(BAIXIANG.id(), JINMAILANG.id(), JULY))
               .expectEvents(new RotationHandedOver(ALLIANCE, BAIXIANG.id(), JINMAILANG.id(), JULY,
                                                    LocalDate.of(2022, 9, 1), "交接轮值旗"))
               .expectResultMessagePayload(new AllianceVersion(ALLIANCE, 2))
               .expectScheduledDeadline(java.time.Duration.between(FOUNDING_MORNING,
                                                                  Instant.parse("2022-08-31T16:00:00Z")),
                                        new ChairTermEnded(JULY, LocalDate.of(2022, 9, 1)));
    }

    @Test
    void aTermFromNovemberFirstEndsOnJanuaryFirst() {
        LocalDate november = LocalDate.of(2022, 11, 1);
        fixture.given(Yanzhou.allianceFounded())
               .when(handOver(BAIXIANG.id(), YIHAI.id(), november))
               .expectEvents(new RotationHandedOver(ALLIANCE, BAIXIANG.id(), YIHAI.id(), november,
                                                    LocalDate.of(2023, 1, 1), "交接轮值旗"));
    }

    @Test
    void onlyTheCurrentChairHandsOver() {
        fixture.given(Yanzhou.allianceFounded())
               .when(handOver(YIHAI.id(), JINMAILANG.id(), JULY))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_CURRENT_CHAIR));
    }

    @Test
    void theChairHandsOverOnlyToAMember() {
        fixture.given(Yanzhou.allianceFounded())
               .when(handOver(BAIXIANG.id(), YUDA.id(), JULY))
               .expectNoEvents()
               .expectException(refused(RefusalCode.NOT_A_MEMBER));
    }

    @Test
    void theChairCannotHandOverToItself() {
        fixture.given(Yanzhou.allianceFounded())
               .when(handOver(BAIXIANG.id(), BAIXIANG.id(), JULY))
               .expectNoEvents()
               .expectException(refused(RefusalCode.SAME_ENTERPRISE));
    }

    @Test
    void aHandoverCannotPrecedeTheCurrentTerm() {
        fixture.given(Yanzhou.allianceFounded(),
                      new RotationHandedOver(ALLIANCE, BAIXIANG.id(), JINMAILANG.id(), JULY, LocalDate.of(2022, 9, 1), null))
               .when(handOver(JINMAILANG.id(), YIHAI.id(), JULY.minusDays(1)))
               .expectNoEvents()
               .expectException(refused(RefusalCode.DATE_OUT_OF_ORDER));
    }

    @Test
    void aHandoverToAMemberAdmittedByVoteIsAllowed() {
        LocalDate admitted = LocalDate.of(2022, 8, 5);
        fixture.given(Yanzhou.allianceFounded(), new MemberAdmitted(ALLIANCE, YUDA, admitted, "app-yuda"))
               .when(handOver(BAIXIANG.id(), YUDA.id(), admitted))
               .expectEvents(new RotationHandedOver(ALLIANCE, BAIXIANG.id(), YUDA.id(), admitted,
                                                    LocalDate.of(2022, 10, 5), "交接轮值旗"));
    }

    @Test
    void aTermThatEndsWithoutAHandoverIsOverdue() {
        fixture.givenCurrentTime(FOUNDING_MORNING)
               .andGivenCommands(Yanzhou.foundAlliance())
               .whenThenTimeElapses(java.time.Duration.ofDays(61))
               .expectDeadlinesMet(new ChairTermEnded(FOUNDED_ON, LocalDate.of(2022, 6, 21)))
               .expectEvents(new RotationOverdue(ALLIANCE, BAIXIANG.id(), FOUNDED_ON, LocalDate.of(2022, 6, 21)));
    }

    @Test
    void theEndOfAnEarlierTermDoesNothingOnceTheChairHandedOver() {
        fixture.givenCurrentTime(FOUNDING_MORNING)
               .andGivenCommands(Yanzhou.foundAlliance(), handOver(BAIXIANG.id(), JINMAILANG.id(), LocalDate.of(2022, 6, 1)))
               .whenThenTimeElapses(java.time.Duration.ofDays(61))
               .expectDeadlinesMet(new ChairTermEnded(FOUNDED_ON, LocalDate.of(2022, 6, 21)))
               .expectNoEvents();
    }

    @Test
    void theNextHandoverClearsAnOverdueTerm() {
        fixture.given(Yanzhou.allianceFounded(),
                      new RotationOverdue(ALLIANCE, BAIXIANG.id(), FOUNDED_ON, LocalDate.of(2022, 6, 21)))
               .when(handOver(BAIXIANG.id(), JINMAILANG.id(), JULY))
               .expectEvents(new RotationHandedOver(ALLIANCE, BAIXIANG.id(), JINMAILANG.id(), JULY,
                                                    LocalDate.of(2022, 9, 1), "交接轮值旗"));
    }
}
