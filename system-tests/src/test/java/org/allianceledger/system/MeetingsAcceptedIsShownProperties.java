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

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.allianceledger.system.AcceptedIsShownProperties.strings;
import static org.allianceledger.system.AcceptedIsShownProperties.text;
import static org.allianceledger.system.BothServices.accepted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever command-service accepts for a joint meeting within API.md's limits (title, agenda items, minutes with line
 * breaks, a cancellation's reason, days from the founding to a year ahead), query-service shows back exactly, and
 * no projection parks an event.
 */
class MeetingsAcceptedIsShownProperties {

    static final String FIRST = "91370812G890PMMGXK";
    static final String SECOND = "9137081237GMLL666A";

    static BothServices services;

    @BeforeContainer
    static void start() {
        services = BothServices.start("meetings_accepted_is_shown");
    }

    @AfterContainer
    static void stop() {
        services.stop();
    }

    record Case(String title, List<String> agenda, String minutes, String reason, LocalDate foundedOn,
                LocalDate heldOn, LocalDate planned) {
    }

    @Property(tries = 25)
    void everyAcceptedMeetingIsShownBackExactly(@ForAll("cases") Case given) {
        Api operator = services.command("operator");
        String alliance = "m-" + UUID.randomUUID();
        String path = "/api/alliances/" + alliance;
        accepted(operator.post("/api/alliances", Map.of(
                "allianceId", alliance, "name", "联盟", "industryChain", "食品", "region", "兖州区",
                "foundedOn", given.foundedOn().toString(),
                "charter", Map.of("votingRule", "SIMPLE_MAJORITY", "quorum", 0.5, "chairTermMonths", 2, "voteWindowDays", 14),
                "foundingMembers", List.of(Map.of("id", FIRST, "name", "益海嘉里"), Map.of("id", SECOND, "name", "白象食品")),
                "initialChair", FIRST)));
        // the attendee department is a partner from the founding, so on whatever day the meeting is held
        accepted(operator.post(path + "/departments", Map.of(
                "department", Map.of("id", "11370812YKY0WCH4RR", "name", "兖州区市场监督管理局"),
                "joinedOn", given.foundedOn().toString())));
        accepted(operator.post(path + "/meetings", Map.of("meetingId", "held", "title", given.title(),
                                                          "scheduledOn", given.heldOn().toString(), "agenda", given.agenda())));
        Map<String, Object> record = new HashMap<>(Map.of(
                "attendees", Map.of("members", List.of(SECOND, FIRST), "departments", List.of("11370812YKY0WCH4RR"))));
        if (given.minutes() != null) {
            record.put("minutes", given.minutes());
        }
        accepted(operator.post(path + "/meetings/held/record", record));
        accepted(operator.post(path + "/meetings", Map.of("meetingId", "planned", "title", given.title(),
                                                          "scheduledOn", given.planned().toString())));
        long version = accepted(operator.post(path + "/meetings/planned/cancellation", Map.of("reason", given.reason())));

        Api viewer = services.query("viewer");
        JsonNode held = viewer.get(path + "/meetings/held?minVersion=" + version).json();
        assertThat(held.get("title").asString()).isEqualTo(given.title());
        assertThat(strings(held.get("agenda"))).isEqualTo(given.agenda());
        assertThat(held.has("minutes") ? held.get("minutes").asString() : null).isEqualTo(given.minutes());
        assertThat(held.get("heldOn").asString()).isEqualTo(given.heldOn().toString());
        assertThat(held.at("/attendees/members/0/id").asString()).isEqualTo(SECOND);
        assertThat(held.at("/host/id").asString()).isEqualTo(FIRST);
        JsonNode planned = viewer.get(path + "/meetings/planned").json();
        assertThat(planned.get("scheduledOn").asString()).isEqualTo(given.planned().toString());
        assertThat(planned.get("cancellationReason").asString()).isEqualTo(given.reason());

        services.assertNothingParked();
    }

    @Provide
    Arbitrary<Case> cases() {
        long today = BusinessCalendar.today().toEpochDay();
        Arbitrary<List<LocalDate>> days = Arbitraries.longs().between(Limits.EARLIEST.toEpochDay(), today)
                .list().ofSize(2).map(two -> two.stream().sorted().map(LocalDate::ofEpochDay).toList());
        Arbitrary<LocalDate> planned = Arbitraries.longs().between(today, BusinessCalendar.today().plusYears(1).toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Combinators.combine(text(Limits.NAME_LENGTH, false), text(Limits.SUBJECT_LENGTH, false).list().ofMaxSize(4),
                                   text(Limits.TEXT_LENGTH, true).injectNull(0.2), text(Limits.TEXT_LENGTH, true),
                                   days, planned)
                .as((title, agenda, minutes, reason, two, ahead) ->
                            new Case(title, agenda, minutes, reason, two.get(0), two.get(1), ahead));
    }
}
