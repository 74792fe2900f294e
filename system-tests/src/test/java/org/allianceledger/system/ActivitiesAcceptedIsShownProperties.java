package org.allianceledger.system;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.allianceledger.events.ActivityKind;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.web.Limits;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.allianceledger.system.AcceptedIsShownProperties.text;
import static org.allianceledger.system.BothServices.accepted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever command-service accepts for an activity within API.md's limits (any kind, a title from every Unicode
 * plane, any day from the founding to today, donations 0 to 10^15 with 2 decimals or none, any count of beneficiaries
 * or none), query-service shows back exactly, and no projection parks an event.
 */
class ActivitiesAcceptedIsShownProperties {

    static final String FIRST = "91370812G890PMMGXK";
    static final String SECOND = "9137081237GMLL666A";
    static final String BUREAU = "11370812YKY0WCH4RR";

    static BothServices services;

    @BeforeContainer
    static void start() {
        services = BothServices.start("activities_accepted_is_shown");
    }

    @AfterContainer
    static void stop() {
        services.stop();
    }

    record Case(ActivityKind kind, String title, LocalDate foundedOn, LocalDate heldOn, BigDecimal donationsCny,
                Integer beneficiaries) {
    }

    @Property(tries = 25)
    void everyAcceptedActivityIsShownBackExactly(@ForAll("cases") Case given) {
        Api operator = services.command("operator");
        String alliance = "act-" + UUID.randomUUID();
        String path = "/api/alliances/" + alliance;
        accepted(operator.post("/api/alliances", Map.of(
                "allianceId", alliance, "name", "联盟", "industryChain", "食品", "region", "兖州区",
                "foundedOn", given.foundedOn().toString(),
                "charter", Map.of("votingRule", "SIMPLE_MAJORITY", "quorum", 0.5, "chairTermMonths", 2, "voteWindowDays", 14),
                "foundingMembers", List.of(Map.of("id", FIRST, "name", "益海嘉里"), Map.of("id", SECOND, "name", "白象食品")),
                "initialChair", FIRST)));
        accepted(operator.post(path + "/departments", Map.of(
                "department", Map.of("id", BUREAU, "name", "兖州区市场监督管理局"), "joinedOn", given.foundedOn().toString())));
        Map<String, Object> body = new HashMap<>(Map.of(
                "activityId", "act", "kind", given.kind().name(), "title", given.title(), "heldOn", given.heldOn().toString(),
                "participants", Map.of("members", List.of(SECOND, FIRST), "departments", List.of(BUREAU))));
        if (given.donationsCny() != null) {
            body.put("donationsCny", given.donationsCny());
        }
        if (given.beneficiaries() != null) {
            body.put("beneficiaries", given.beneficiaries());
        }
        long version = accepted(operator.post(path + "/activities", body));

        JsonNode list = services.query("viewer").get(path + "/activities?minVersion=" + version).json();
        assertThat(list.get("count").asInt()).isEqualTo(1);
        JsonNode shown = list.get("activities").get(0);
        assertThat(shown.get("kind").asString()).isEqualTo(given.kind().name());
        assertThat(shown.get("title").asString()).isEqualTo(given.title());
        assertThat(shown.get("heldOn").asString()).isEqualTo(given.heldOn().toString());
        assertThat(shown.at("/participants/members/0/id").asString()).isEqualTo(SECOND);
        assertThat(shown.at("/participants/departments/0/id").asString()).isEqualTo(BUREAU);
        if (given.donationsCny() == null) {
            assertThat(shown.has("donationsCny")).isFalse();
        } else {
            assertThat(shown.get("donationsCny").decimalValue()).isEqualByComparingTo(given.donationsCny());
        }
        if (given.beneficiaries() == null) {
            assertThat(shown.has("beneficiaries")).isFalse();
        } else {
            assertThat(shown.get("beneficiaries").asInt()).isEqualTo(given.beneficiaries());
        }

        services.assertNothingParked();
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<LocalDate>> days = Arbitraries.longs().between(Limits.EARLIEST.toEpochDay(), BusinessCalendar.today().toEpochDay())
                .list().ofSize(2).map(two -> two.stream().sorted().map(LocalDate::ofEpochDay).toList());
        Arbitrary<BigDecimal> donations = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal(Limits.MONEY_MAX))
                .ofScale(Limits.MONEY_SCALE).injectNull(0.2);
        return Combinators.combine(Arbitraries.of(ActivityKind.class), text(Limits.NAME_LENGTH, false), days, donations,
                                   Arbitraries.integers().between(0, 1_000_000_000).injectNull(0.2))
                .as((kind, title, two, donated, served) -> new Case(kind, title, two.get(0), two.get(1), donated, served));
    }
}
