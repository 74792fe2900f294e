package org.allianceledger.system;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.allianceledger.command.deals.UnitCode;
import org.allianceledger.events.DealKind;
import org.allianceledger.events.Recurrence;
import org.allianceledger.events.VotingRule;
import org.allianceledger.platform.domain.UnifiedSocialCreditCode;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.web.Limits;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.allianceledger.system.BothServices.accepted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever command-service accepts within API.md's limits, query-service stores and shows back exactly, in its
 * read models and in the audit trail, and no projection parks an event: values at and inside every limit (lengths in characters of every Unicode plane, line
 * breaks in free texts, the largest and most precise amounts, the earliest and latest dates).
 */
class AcceptedIsShownProperties {

    static BothServices services;

    @BeforeContainer
    static void start() {
        services = BothServices.start("accepted_is_shown");
    }

    @AfterContainer
    static void stop() {
        services.stop();
    }

    record Enterprise(String id, String name, String industry) {
        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>(Map.of("id", id, "name", name));
            if (industry != null) {
                body.put("industry", industry);
            }
            return body;
        }
    }

    record Founding(String name, String industryChain, String region, List<String> leadingBodies, VotingRule rule,
                    BigDecimal quorum, int chairTermMonths, int voteWindowDays) {
    }

    record Deal(DealKind kind, String subject, BigDecimal amount, String unit, Recurrence recurrence, BigDecimal valueCny,
                String brokeredBy) {
    }

    record Case(Founding founding, List<Enterprise> enterprises, String statement, Deal deal, String note,
                List<LocalDate> dates) {
    }

    @Property(tries = 40)
    void everyAcceptedValueIsShownBackExactly(@ForAll("cases") Case given) {
        Api operator = services.command("operator");
        String alliance = "p-" + UUID.randomUUID();
        Enterprise first = given.enterprises().get(0);
        Enterprise second = given.enterprises().get(1);
        Enterprise applicant = given.enterprises().get(2);
        LocalDate foundedOn = given.dates().get(0);

        Founding founding = given.founding();
        Map<String, Object> charter = Map.of("votingRule", founding.rule(), "quorum", founding.quorum(),
                                             "chairTermMonths", founding.chairTermMonths(),
                                             "voteWindowDays", founding.voteWindowDays());
        accepted(operator.post("/api/alliances", Map.of(
                "allianceId", alliance, "name", founding.name(), "industryChain", founding.industryChain(),
                "region", founding.region(), "foundedOn", foundedOn.toString(),
                "leadingBodies", founding.leadingBodies(), "charter", charter,
                "foundingMembers", List.of(first.body(), second.body()), "initialChair", first.id())));
        String path = "/api/alliances/" + alliance;
        accepted(operator.post(path + "/applications", Map.of(
                "applicationId", "app", "enterprise", applicant.body(), "filedOn", given.dates().get(1).toString(),
                "statement", given.statement())));
        Deal deal = given.deal();
        Map<String, Object> dealBody = new HashMap<>(Map.of("dealId", "deal", "from", first.id(), "to", second.id(),
                                                            "kind", deal.kind(), "subject", deal.subject(),
                                                            "signedOn", given.dates().get(2).toString()));
        if (deal.amount() != null) {
            dealBody.put("quantity", Map.of("amount", deal.amount(), "unit", deal.unit()));
        }
        putIfPresent(dealBody, "recurrence", deal.recurrence());
        putIfPresent(dealBody, "valueCny", deal.valueCny());
        putIfPresent(dealBody, "brokeredBy", deal.brokeredBy());
        accepted(operator.post(path + "/deals", dealBody));
        long version = accepted(operator.post(path + "/rotation/handovers", Map.of(
                "from", first.id(), "to", second.id(), "effectiveOn", given.dates().get(3).toString(),
                "note", given.note())));

        Api viewer = services.query("viewer");
        JsonNode shown = viewer.get(path + "?minVersion=" + version).json();
        assertThat(shown.get("name").asString()).isEqualTo(founding.name());
        assertThat(shown.get("industryChain").asString()).isEqualTo(founding.industryChain());
        assertThat(shown.get("region").asString()).isEqualTo(founding.region());
        assertThat(shown.get("foundedOn").asString()).isEqualTo(foundedOn.toString());
        assertThat(strings(shown.get("leadingBodies"))).isEqualTo(founding.leadingBodies());
        assertThat(shown.get("charter").get("quorum").decimalValue()).isEqualByComparingTo(founding.quorum());
        assertThat(shown.get("charter").get("votingRule").asString()).isEqualTo(founding.rule().name());
        assertThat(shown.get("charter").get("chairTermMonths").asInt()).isEqualTo(founding.chairTermMonths());
        assertThat(shown.get("charter").get("voteWindowDays").asInt()).isEqualTo(founding.voteWindowDays());

        JsonNode members = viewer.get(path + "/members").json().get("members");
        assertThat(members).hasSize(2);
        for (JsonNode member : members) {
            Enterprise sent = member.get("id").asString().equals(first.id()) ? first : second;
            assertThat(member.get("name").asString()).isEqualTo(sent.name());
            assertThat(member.has("industry") ? member.get("industry").asString() : null).isEqualTo(sent.industry());
        }

        JsonNode application = viewer.get(path + "/applications/app").json();
        assertThat(application.get("enterprise").get("name").asString()).isEqualTo(applicant.name());
        assertThat(application.get("enterprise").has("industry")
                           ? application.get("enterprise").get("industry").asString() : null).isEqualTo(applicant.industry());
        assertThat(application.get("statement").asString()).isEqualTo(given.statement());
        assertThat(application.get("filedOn").asString()).isEqualTo(given.dates().get(1).toString());

        JsonNode recorded = viewer.get(path + "/deals").json().get("deals").get(0);
        assertThat(recorded.get("kind").asString()).isEqualTo(deal.kind().name());
        assertThat(recorded.get("subject").asString()).isEqualTo(deal.subject());
        assertThat(recorded.get("signedOn").asString()).isEqualTo(given.dates().get(2).toString());
        if (deal.amount() != null) {
            assertThat(recorded.get("quantity").get("amount").decimalValue()).isEqualByComparingTo(deal.amount());
            assertThat(recorded.get("quantity").get("unit").asString()).isEqualTo(UnitCode.normalise(deal.unit()));
        }
        assertThat(optional(recorded, "recurrence")).isEqualTo(deal.recurrence() == null ? null : deal.recurrence().name());
        if (deal.valueCny() != null) {
            assertThat(recorded.get("valueCny").decimalValue()).isEqualByComparingTo(deal.valueCny());
        }
        assertThat(optional(recorded, "brokeredBy")).isEqualTo(deal.brokeredBy());

        JsonNode chair = viewer.get(path + "/chair").json();
        assertThat(chair.get("chair").asString()).isEqualTo(second.id());
        assertThat(chair.get("since").asString()).isEqualTo(given.dates().get(3).toString());
        assertThat(chair.get("history").findValuesAsString("note")).contains(given.note());

        JsonNode audited = services.query("auditor")
                .get("/api/audit/alliances/" + alliance + "/events?type=DealRecorded").json().get("events").get(0);
        assertThat(audited.get("payload").get("subject").asString()).isEqualTo(deal.subject());
        if (deal.amount() != null) {
            assertThat(audited.get("payload").get("quantity").get("amount").decimalValue()).isEqualByComparingTo(deal.amount());
        }
        if (deal.valueCny() != null) {
            assertThat(audited.get("payload").get("valueCny").decimalValue()).isEqualByComparingTo(deal.valueCny());
        }

        services.assertNothingParked();
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Founding> founding = Combinators.combine(
                text(Limits.NAME_LENGTH, false), text(Limits.NAME_LENGTH, false), text(Limits.NAME_LENGTH, false),
                text(Limits.NAME_LENGTH, false).list().ofMaxSize(3), Arbitraries.of(VotingRule.class),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(5),
                Arbitraries.integers().between(1, 24), Arbitraries.integers().between(1, 366))
                .as(Founding::new);
        Arbitrary<Deal> deal = Combinators.combine(
                Arbitraries.of(DealKind.class), text(Limits.SUBJECT_LENGTH, false),
                Arbitraries.bigDecimals().between(new BigDecimal("0.000001"), new BigDecimal(Limits.QUANTITY_MAX))
                        .ofScale(Limits.QUANTITY_SCALE).injectNull(0.2),
                Arbitraries.oneOf(Arbitraries.of("t", "吨", "件", "kg"), text(Limits.UNIT_LENGTH, false)),
                Arbitraries.of(Recurrence.class).injectNull(0.3),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(Limits.MONEY_MAX))
                        .ofScale(Limits.MONEY_SCALE).injectNull(0.2),
                text(Limits.NAME_LENGTH, false).injectNull(0.3))
                .as(Deal::new);
        Arbitrary<List<Enterprise>> enterprises = Combinators.combine(
                Arbitraries.strings().withChars(UnifiedSocialCreditCode.ALPHABET).ofLength(17)
                        .map(UnifiedSocialCreditCode::withCheckCharacter),
                text(Limits.NAME_LENGTH, false), text(Limits.NAME_LENGTH, false).injectNull(0.3))
                .as(Enterprise::new).list().ofSize(3).uniqueElements(Enterprise::id);
        return Combinators.combine(founding, enterprises, text(Limits.TEXT_LENGTH, true), deal,
                                   text(Limits.TEXT_LENGTH, true), businessDates())
                .as(Case::new);
    }

    /** Four business dates in order, from the earliest allowed to today: founding, filing, signing, handover. */
    static Arbitrary<List<LocalDate>> businessDates() {
        return Arbitraries.longs().between(Limits.EARLIEST.toEpochDay(), BusinessCalendar.today().toEpochDay())
                .list().ofSize(4)
                .map(days -> days.stream().sorted().map(LocalDate::ofEpochDay).collect(Collectors.toList()));
    }

    /**
     * Texts of 1 to max characters (code points) from every Unicode plane: ASCII, CJK, the rest of the basic plane
     * (C1 controls and noncharacters included, which the limits allow) and the supplementary planes; free texts
     * also carry tabs, line feeds and CR LF pairs. Never blank, since the door refuses that.
     */
    static Arbitrary<String> text(int max, boolean lines) {
        List<Tuple.Tuple2<Integer, Arbitrary<String>>> pieces = new ArrayList<>(List.of(
                Tuple.of(6, codePoints(0x20, 0x7E)),
                Tuple.of(6, codePoints(0x4E00, 0x9FFF)),
                Tuple.of(2, codePoints(0x80, 0xFFFF)),
                Tuple.of(2, codePoints(0x10000, 0x10FFFF))));
        if (lines) {
            pieces.add(Tuple.of(1, Arbitraries.of("\n", "\t", "\r\n")));
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Arbitrary<String> piece = Arbitraries.frequencyOf(pieces.toArray(new Tuple.Tuple2[0]));
        return piece.list().ofMinSize(1).ofMaxSize(max).map(parts -> fit(String.join("", parts), max));
    }

    private static Arbitrary<String> codePoints(int from, int to) {
        return Arbitraries.integers().between(from, to)
                .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)
                .map(Character::toString);
    }

    /** At most max code points, a CR LF pair never cut in two, and never blank. */
    private static String fit(String text, int max) {
        String cut = text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max));
        if (cut.endsWith("\r")) {
            cut = cut.substring(0, cut.length() - 1);
        }
        if (cut.isBlank()) {
            cut = "字" + cut.substring(cut.offsetByCodePoints(0, 1));
        }
        return cut;
    }

    private static void putIfPresent(Map<String, Object> body, String key, Object value) {
        if (value != null) {
            body.put(key, value);
        }
    }

    private static String optional(JsonNode node, String field) {
        return node.has(field) && !node.get(field).isNull() ? node.get(field).asString() : null;
    }

    /** The texts of a JSON array, in order. */
    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
