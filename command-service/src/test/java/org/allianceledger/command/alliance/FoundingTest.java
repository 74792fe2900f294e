package org.allianceledger.command.alliance;

import org.allianceledger.command.AllianceVersion;
import org.allianceledger.command.Yanzhou;
import org.allianceledger.events.Charter;
import org.allianceledger.events.VotingRule;
import org.allianceledger.platform.domain.RefusalCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.allianceledger.command.RefusalMatcher.refused;
import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YUDA;

class FoundingTest {

    private FixtureConfiguration<Alliance> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alliance.class);
    }

    @Test
    void foundingRecordsCharterMembersAndChair() {
        fixture.givenNoPriorActivity()
               .when(Yanzhou.foundAlliance())
               .expectEvents(Yanzhou.allianceFounded())
               .expectResultMessagePayload(new AllianceVersion(Yanzhou.ALLIANCE, 1));
    }

    @Test
    void foundingAgainWithTheSameBodyRecordsNothing() {
        fixture.given(Yanzhou.allianceFounded())
               .when(Yanzhou.foundAlliance())
               .expectNoEvents()
               .expectResultMessagePayload(new AllianceVersion(Yanzhou.ALLIANCE, 1));
    }

    @Test
    void foundingAgainWithAnotherBodyIsIdAlreadyUsed() {
        Charter unanimous = new Charter(VotingRule.UNANIMOUS, new BigDecimal("0.5"), 2, 14, null, null);
        fixture.given(Yanzhou.allianceFounded())
               .when(Yanzhou.foundAlliance(unanimous))
               .expectNoEvents()
               .expectException(refused(RefusalCode.ID_ALREADY_USED));
    }

    @Test
    void needsAtLeastTwoDistinctFoundingMembers() {
        FoundAlliance found = Yanzhou.foundAlliance();
        fixture.givenNoPriorActivity()
               .when(new FoundAlliance(found.allianceId(), found.name(), found.industryChain(), found.region(),
                                       found.foundedOn(), found.leadingBodies(), found.charter(),
                                       List.of(BAIXIANG, BAIXIANG), BAIXIANG.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.VALIDATION_FAILED));
    }

    @Test
    void initialChairMustBeAFoundingMember() {
        FoundAlliance found = Yanzhou.foundAlliance();
        fixture.givenNoPriorActivity()
               .when(new FoundAlliance(found.allianceId(), found.name(), found.industryChain(), found.region(),
                                       found.foundedOn(), found.leadingBodies(), found.charter(),
                                       List.of(BAIXIANG, YIHAI), YUDA.id()))
               .expectNoEvents()
               .expectException(refused(RefusalCode.VALIDATION_FAILED));
    }
}
