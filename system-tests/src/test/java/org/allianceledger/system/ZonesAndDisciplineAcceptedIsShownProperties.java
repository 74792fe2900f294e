package org.allianceledger.system;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.web.Limits;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.allianceledger.system.AcceptedIsShownProperties.text;
import static org.allianceledger.system.BothServices.accepted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever command-service accepts for a zone (name, region, committee), a rotation plan's note, a suspension's
 * reason and an expulsion motion's statement, within API.md's limits, query-service shows back exactly (the
 * suspension's reason in the audit trail, the only read that shows it), and no projection parks an event.
 */
class ZonesAndDisciplineAcceptedIsShownProperties {

    static final String FIRST = "91370812G890PMMGXK";
    static final String SECOND = "9137081237GMLL666A";
    static final String THIRD = "91370812C11PDWNU6G";

    static BothServices services;

    @BeforeContainer
    static void start() {
        services = BothServices.start("zones_discipline_accepted_is_shown");
    }

    @AfterContainer
    static void stop() {
        services.stop();
    }

    record Case(String zoneName, String region, String committee, String note, String reason, String statement,
                LocalDate foundedOn) {
    }

    @Property(tries = 15)
    void everyAcceptedTextIsShownBackExactly(@ForAll("cases") Case given) throws Exception {
        Api operator = services.command("operator");
        String alliance = "zd-" + UUID.randomUUID();
        String zone = "z-" + UUID.randomUUID();
        String path = "/api/alliances/" + alliance;
        String day = given.foundedOn().toString();
        accepted(operator.post("/api/alliances", Map.of(
                "allianceId", alliance, "name", "联盟", "industryChain", "食品", "region", "兖州区", "foundedOn", day,
                "charter", Map.of("votingRule", "SIMPLE_MAJORITY", "quorum", 0.5, "chairTermMonths", 2, "voteWindowDays", 14),
                "foundingMembers", List.of(Map.of("id", FIRST, "name", "益海嘉里"), Map.of("id", SECOND, "name", "白象食品"),
                                           Map.of("id", THIRD, "name", "今麦郎")),
                "initialChair", FIRST)));
        accepted(operator.post("/api/zones", Map.of("zoneId", zone, "name", given.zoneName(), "region", given.region(),
                                                    "committee", given.committee(), "foundedOn", day)));
        accepted(operator.post("/api/zones/" + zone + "/alliances", Map.of("allianceId", alliance, "joinedOn", day)));
        accepted(operator.send(operator.request(path + "/rotation/plan").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(
                        Map.of("order", List.of(FIRST, SECOND, THIRD), "note", given.note())), StandardCharsets.UTF_8))));
        accepted(operator.post(path + "/members/" + THIRD + "/suspension", Map.of("from", day, "reason", given.reason())));
        long version = accepted(operator.post(path + "/motions", Map.of("motionId", "m-1", "kind", "EXPULSION",
                "subject", SECOND, "filedOn", day, "statement", given.statement())));

        Api viewer = services.query("viewer");
        JsonNode motion = viewer.get(path + "/motions/m-1?minVersion=" + version).json();
        assertThat(motion.get("statement").asString()).isEqualTo(given.statement());
        assertThat(viewer.get(path + "/chair?minVersion=" + version).json().at("/plan/note").asString())
                .isEqualTo(given.note());
        JsonNode suspended = services.query("auditor").get("/api/audit/alliances/" + alliance + "/events?type=MemberSuspended")
                .json().at("/events/0/payload");
        assertThat(suspended.get("reason").asString()).isEqualTo(given.reason());
        JsonNode shown = zone(viewer, zone);
        assertThat(shown.get("name").asString()).isEqualTo(given.zoneName());
        assertThat(shown.get("region").asString()).isEqualTo(given.region());
        assertThat(shown.get("committee").asString()).isEqualTo(given.committee());

        services.assertNothingParked();
    }

    /** Zone reads take no minVersion: waits until the zone shows its alliance. */
    private static JsonNode zone(Api viewer, String zone) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            Api.Response answer = viewer.get("/api/zones/" + zone);
            if (answer.status() == 200 && answer.json().get("allianceCount").asInt() == 1 || System.nanoTime() > deadline) {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                return answer.json();
            }
            Thread.sleep(50);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<LocalDate> founded = Arbitraries.longs()
                .between(Limits.EARLIEST.toEpochDay(), BusinessCalendar.today().toEpochDay()).map(LocalDate::ofEpochDay);
        return Combinators.combine(text(Limits.NAME_LENGTH, false), text(Limits.NAME_LENGTH, false),
                                   text(Limits.NAME_LENGTH, false), text(Limits.TEXT_LENGTH, true),
                                   text(Limits.TEXT_LENGTH, true), text(Limits.TEXT_LENGTH, true), founded)
                .as(Case::new);
    }
}
