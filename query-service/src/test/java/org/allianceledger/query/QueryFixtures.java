package org.allianceledger.query;

import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.Charter;
import org.allianceledger.events.Enterprise;
import org.allianceledger.events.VotingRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The enterprises and the alliance the query tests read about: Yanzhou's food and drug industry chain. */
public final class QueryFixtures {

    public static final Enterprise YIHAI = new Enterprise("91370812G890PMMGXK", "益海嘉里", "grain and edible oil");
    public static final Enterprise BAIXIANG = new Enterprise("9137081237GMLL666A", "白象食品", "instant noodles");
    public static final Enterprise YINGYUAN = new Enterprise("91370812QEP32RR48W", "櫻源有限公司", "prepared and cooked foods");
    public static final Enterprise YUDA = new Enterprise("91370812DLQHKRPF9D", "山东育达健康科技股份有限公司", "medical devices");
    public static final Enterprise JINMAILANG = new Enterprise("91370812C11PDWNU6G", "今麦郎", "instant noodles and drinks");

    public static final String NAME = "兖州区食品药品产业链党建联盟";
    public static final LocalDate FOUNDED_ON = LocalDate.of(2022, 4, 21);
    /** A simple majority with a quorum of half, chair terms of two months (the first ends 2022-06-21). */
    public static final Charter CHARTER = new Charter(VotingRule.SIMPLE_MAJORITY, new BigDecimal("0.5"), 2, 14, null, null);

    private QueryFixtures() {
    }

    /** Founded on 2022-04-21 by the given members, 白象食品 its first chair. */
    public static AllianceFounded founded(String alliance, List<String> leadingBodies, Enterprise... members) {
        return new AllianceFounded(alliance, NAME, "food and drug", "兖州区", FOUNDED_ON, leadingBodies, CHARTER,
                                   List.of(members), BAIXIANG.id());
    }

    public static AllianceFounded founded(String alliance, Enterprise... members) {
        return founded(alliance, List.of(), members);
    }
}
