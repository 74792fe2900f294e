package org.allianceledger.system;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.allianceledger.platform.domain.UnifiedSocialCreditCode;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.web.Limits;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.allianceledger.system.BothServices.accepted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What command-service accepts of departments and instructors within API.md's limits (names of every Unicode plane
 * up to 200 characters, any slug as an instructor id, dates from the earliest to today), query-service shows back
 * exactly, in its read models and the audit trail, and no projection parks an event.
 */
class PartnersAcceptedIsShownProperties {

    static BothServices services;

    @BeforeContainer
    static void start() {
        services = BothServices.start("partners_accepted_is_shown");
    }

    @AfterContainer
    static void stop() {
        services.stop();
    }

    record Case(String departmentId, String departmentName, String instructorId, String instructorName,
                List<LocalDate> dates) {
    }

    @Property(tries = 20)
    void everyAcceptedPartnerAndInstructorIsShownBackExactly(@ForAll("cases") Case given) {
        Api operator = services.command("operator");
        String alliance = "p-" + UUID.randomUUID();
        String path = "/api/alliances/" + alliance;
        List<String> founders = List.of(UnifiedSocialCreditCode.withCheckCharacter("91370812000000001"),
                                        UnifiedSocialCreditCode.withCheckCharacter("91370812000000002"));
        LocalDate foundedOn = given.dates().get(0);
        accepted(operator.post("/api/alliances", Map.of(
                "allianceId", alliance, "name", "联盟", "industryChain", "食品", "region", "兖州区",
                "foundedOn", foundedOn.toString(), "leadingBodies", List.of(),
                "charter", Map.of("votingRule", "SIMPLE_MAJORITY", "quorum", 0.5, "chairTermMonths", 2, "voteWindowDays", 14),
                "foundingMembers", List.of(Map.of("id", founders.get(0), "name", "甲"), Map.of("id", founders.get(1), "name", "乙")),
                "initialChair", founders.get(0))));
        accepted(operator.post(path + "/departments", Map.of(
                "department", Map.of("id", given.departmentId(), "name", given.departmentName()),
                "joinedOn", given.dates().get(1).toString())));
        long version = accepted(operator.post(path + "/instructors", Map.of(
                "instructorId", given.instructorId(), "name", given.instructorName(), "department", given.departmentId(),
                "enterprises", founders, "appointedOn", given.dates().get(2).toString())));

        Api viewer = services.query("viewer");
        JsonNode department = viewer.get(path + "/departments?minVersion=" + version).json().get("departments").get(0);
        assertThat(department.get("id").asString()).isEqualTo(given.departmentId());
        assertThat(department.get("name").asString()).isEqualTo(given.departmentName());
        assertThat(department.get("joinedOn").asString()).isEqualTo(given.dates().get(1).toString());
        JsonNode instructors = viewer.get(path + "/instructors").json();
        JsonNode instructor = instructors.get("instructors").get(0);
        assertThat(instructor.get("id").asString()).isEqualTo(given.instructorId());
        assertThat(instructor.get("name").asString()).isEqualTo(given.instructorName());
        assertThat(instructor.get("department").get("name").asString()).isEqualTo(given.departmentName());
        assertThat(instructor.get("appointedOn").asString()).isEqualTo(given.dates().get(2).toString());
        assertThat(instructor.get("serves").findValuesAsString("id")).containsExactlyInAnyOrderElementsOf(founders);
        assertThat(instructors.get("uncovered")).isEmpty();

        JsonNode audited = services.query("auditor")
                .get("/api/audit/alliances/" + alliance + "/events?type=InstructorAppointed").json().get("events").get(0);
        assertThat(audited.get("payload").get("name").asString()).isEqualTo(given.instructorName());
        services.assertNothingParked();
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> organ = Arbitraries.strings().withChars(UnifiedSocialCreditCode.ALPHABET).ofLength(15)
                .map(rest -> UnifiedSocialCreditCode.withCheckCharacter("11" + rest));
        Arbitrary<String> slug = Arbitraries.strings().withChars("ABCXYZabcxyz0189._-").ofMinLength(1).ofMaxLength(64)
                .filter(id -> !id.equals(".") && !id.equals("..")); // refused: no path could name them
        Arbitrary<List<LocalDate>> dates = AcceptedIsShownProperties.businessDates().map(days -> days.subList(0, 3));
        return Combinators.combine(organ, AcceptedIsShownProperties.text(Limits.NAME_LENGTH, false), slug,
                                   AcceptedIsShownProperties.text(Limits.NAME_LENGTH, false), dates)
                .as(Case::new);
    }

}
