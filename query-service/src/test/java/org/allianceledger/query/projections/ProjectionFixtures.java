package org.allianceledger.query.projections;

import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.Charter;
import org.allianceledger.events.Enterprise;
import org.allianceledger.events.VotingRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The events the projection tests start from: enterprises of the Yanzhou case and an alliance they found. */
public final class ProjectionFixtures {

    public static final Enterprise YIHAI = new Enterprise("91370812G890PMMGXK", "益海嘉里", "grain and edible oil");
    public static final Enterprise BAIXIANG = new Enterprise("9137081237GMLL666A", "白象食品", "instant noodles");
    public static final Enterprise JINMAILANG = new Enterprise("91370812C11PDWNU6G", "今麦郎", "instant noodles and drinks");
    public static final LocalDate FOUNDED_ON = LocalDate.of(2022, 4, 21);
    /** Two-month chair terms, a 14-day vote window, simple majority of a half quorum. */
    public static final Charter CHARTER = new Charter(VotingRule.SIMPLE_MAJORITY, new BigDecimal("0.5"), 2, 14);

    private ProjectionFixtures() {
    }

    /** An alliance id no other test uses, so that tests can share a database. */
    public static String anAlliance() {
        return "alliance-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Founded by Yihai and Baixiang, Baixiang the first chair. */
    public static AllianceFounded founding(String allianceId) {
        return new AllianceFounded(allianceId, "兖州区食品药品产业链党建联盟", "food and drug", "兖州区", FOUNDED_ON,
                                   List.of("兖州区委组织部"), CHARTER, List.of(YIHAI, BAIXIANG), BAIXIANG.id());
    }
}
