package org.allianceledger.command;

import org.allianceledger.command.alliance.FoundAlliance;
import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.Charter;
import org.allianceledger.events.Enterprise;
import org.allianceledger.events.VotingRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The alliance capability's test data, from the Yanzhou food and drug alliance (ids synthetic but checksum-valid): its
 * enterprises, and its founding as a command, as the event and as the body of the API's request.
 */
public final class Yanzhou {

    public static final String ALLIANCE = "yanzhou-food-drug";
    public static final LocalDate FOUNDED_ON = LocalDate.of(2022, 4, 21);

    public static final Enterprise YIHAI = new Enterprise("91370812G890PMMGXK", "益海嘉里", "grain and edible oil");
    public static final Enterprise BAIXIANG = new Enterprise("9137081237GMLL666A", "白象食品", "instant noodles");
    public static final Enterprise JINMAILANG = new Enterprise("91370812C11PDWNU6G", "今麦郎", "instant noodles and drinks");
    public static final Enterprise YUDA = new Enterprise("91370812DLQHKRPF9D", "山东育达健康科技股份有限公司", "medical devices");
    public static final Enterprise MEMBER10 = new Enterprise("91370812F00J3DQB48", "成员企业十（未具名）", "food production");
    public static final Enterprise YINGYUAN = new Enterprise("91370812QEP32RR48W", "櫻源有限公司", "prepared and cooked foods");

    private Yanzhou() {
    }

    public static Charter charter(VotingRule rule, String quorum) {
        return new Charter(rule, new BigDecimal(quorum), 2, 14, null, null);
    }

    /** Three founders: Yihai Kerry, Baixiang (chair) and Jinmailang; simple majority, quorum one half. */
    public static FoundAlliance foundAlliance() {
        return foundAlliance(charter(VotingRule.SIMPLE_MAJORITY, "0.5"));
    }

    public static FoundAlliance foundAlliance(Charter charter) {
        return new FoundAlliance(ALLIANCE, "兖州区食品药品产业链党建联盟", "food and drug", "兖州区, 济宁市, 山东省", FOUNDED_ON,
                                 List.of("兖州区“两新”组织党工委", "兖州区市场监督管理局党组"), charter,
                                 List.of(YIHAI, BAIXIANG, JINMAILANG), BAIXIANG.id());
    }

    public static AllianceFounded allianceFounded() {
        return allianceFounded(charter(VotingRule.SIMPLE_MAJORITY, "0.5"));
    }

    public static AllianceFounded allianceFounded(Charter charter) {
        FoundAlliance found = foundAlliance(charter);
        return new AllianceFounded(found.allianceId(), found.name(), found.industryChain(), found.region(),
                                   found.foundedOn(), found.leadingBodies(), found.charter(), found.foundingMembers(),
                                   found.initialChair());
    }

    /** The founding body of the API: Yihai Kerry, Baixiang (chair) and Jinmailang, quorum one half; no id when null. */
    public static Map<String, Object> foundingBody(String id) {
        return foundingBody(id, "兖州区食品药品产业链党建联盟", "0.5", List.of(YIHAI.id(), BAIXIANG.id(), JINMAILANG.id()));
    }

    /** A founding body of these members, the second of them the chair. */
    public static Map<String, Object> foundingBody(String id, String quorum, String... members) {
        return foundingBody(id, "兖州区食品药品产业链党建联盟", quorum, List.of(members));
    }

    public static Map<String, Object> foundingBody(String id, String name, String quorum, List<String> members) {
        List<Map<String, Object>> founders = new ArrayList<>();
        for (String member : members) {
            founders.add(Map.of("id", member, "name", "企业 " + member, "industry", "食品"));
        }
        Map<String, Object> body = new HashMap<>(Map.of(
                "name", name, "industryChain", "food and drug", "region", "兖州区, 济宁市, 山东省",
                "foundedOn", FOUNDED_ON.toString(), "leadingBodies", List.of("兖州区“两新”组织党工委"),
                "charter", Map.of("votingRule", "SIMPLE_MAJORITY", "quorum", new BigDecimal(quorum),
                                  "chairTermMonths", 2, "voteWindowDays", 14),
                "foundingMembers", founders, "initialChair", members.get(1)));
        if (id != null) {
            body.put("allianceId", id);
        }
        return body;
    }
}
