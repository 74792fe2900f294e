package org.allianceledger.query.indicators;

import org.allianceledger.events.AllianceJoinedZone;
import org.allianceledger.events.Disclosure;
import org.allianceledger.events.Enterprise;
import org.allianceledger.events.IndicatorStream;
import org.allianceledger.events.RevenueReported;
import org.allianceledger.events.ZoneFounded;
import org.allianceledger.events.ZoneStream;
import org.allianceledger.platform.domain.UnifiedSocialCreditCode;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.query.AllianceStream;
import org.allianceledger.query.QueryServiceApplication;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static org.allianceledger.query.QueryFixtures.founded;
import static org.assertj.core.api.Assertions.assertThat;

/** Indicators, filled from events in the real event store, read over real HTTP by a viewer and an auditor. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {QueryServiceApplication.CONFIG_NAMES, "alliance.read-your-writes.max-wait=5s"})
class IndicatorQueryApiTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerOnEventStore(registry, "indicator_query_api");
    }

    static final LocalDate REPORTED_ON = LocalDate.of(2023, 1, 31);

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    Api viewer;
    Api auditor;
    final Map<String, Long> sequences = new HashMap<>();

    @BeforeEach
    void setUp() {
        viewer = Api.at(port).as("viewer");
        auditor = Api.at(port).as("auditor");
    }

    static Enterprise fresh(String name) {
        return new Enterprise(UnifiedSocialCreditCode.withCheckCharacter(
                "91370812" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000))), name, "食品");
    }

    /** Appends the report to the enterprise's own stream, as command-service stores it. */
    void report(String enterprise, int year, String revenue, LocalDate on, Disclosure disclosure) {
        long sequence = sequences.merge(enterprise, 1L, Long::sum) - 1;
        eventStore.publish(new GenericDomainEventMessage<>(
                "EnterpriseIndicators", IndicatorStream.of(enterprise), sequence,
                new RevenueReported(enterprise, year, new BigDecimal(revenue).setScale(2), on, disclosure, "年报", "备注"),
                MetaData.with("submittedBy", "operator")));
    }

    JsonNode answer(Api api, String path, Predicate<JsonNode> until) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            Api.Response answer = api.get(path);
            if (answer.status() == 200 && until.test(answer.json()) || System.nanoTime() > deadline) {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                return answer.json();
            }
            Thread.sleep(50);
        }
    }

    static JsonNode member(JsonNode sheet, String id) {
        for (JsonNode member : sheet.get("members")) {
            if (member.get("id").asString().equals(id)) {
                return member;
            }
        }
        throw new AssertionError("no member " + id + " in " + sheet);
    }

    static List<String> strings(JsonNode list) {
        List<String> strings = new ArrayList<>();
        list.forEach(node -> strings.add(node.asString()));
        return strings;
    }

    /** The demo file's indicator steps (reported 2022, derived 2021), for the alliance's members of 2023-01-31. */
    @Test
    void theYanzhouFiguresOfTheDemoFile() throws Exception {
        JsonNode service = Api.JSON.readTree(Path.of("../launcher/src/main/resources/scenarios/yanzhou-2023-service.json").toFile());
        JsonNode membership = Api.JSON.readTree(Path.of("../launcher/src/main/resources/scenarios/yanzhou-2023.json").toFile());
        JsonNode enterprises = membership.get("enterprises");
        Enterprise baixiang = new Enterprise(enterprises.get("baixiang").get("id").asString(), "白象食品", "instant noodles");
        Enterprise yihai = new Enterprise(enterprises.get("yihai").get("id").asString(), "益海嘉里", "grain and edible oil");
        AllianceStream alliance = AllianceStream.fresh(eventStore, "yanzhou-");
        alliance.record(founded(alliance.id(), yihai, baixiang));
        int steps = 0;
        for (JsonNode step : service.get("steps")) {
            if (step.get("step").asString().equals("indicator")) {
                report(enterprises.get(step.get("enterprise").asString()).get("id").asString(), step.get("year").asInt(),
                       step.get("revenueCny").asString(), REPORTED_ON, Disclosure.valueOf(step.get("disclosure").asString()));
                steps++;
            }
        }
        assertThat(steps).isEqualTo(4);
        JsonNode sheet = answer(viewer, alliance.path("/indicators?year=2022&asOf=2023-01-31"),
                                s -> s.get("likeForLike").get("members").asInt() == 2);
        JsonNode expected = service.get("expected");
        assertThat(member(sheet, baixiang.id()).get("growthPercent").decimalValue())
                .isEqualByComparingTo(expected.get("baixiangGrowth2022Percent").decimalValue());
        assertThat(member(sheet, yihai.id()).get("growthPercent").decimalValue())
                .isEqualByComparingTo(expected.get("yihaiGrowth2022Percent").decimalValue());
        assertThat(member(sheet, baixiang.id()).get("revenueCny").decimalValue()).isEqualByComparingTo("1031000000");
        assertThat(strings(sheet.get("billionClub"))).containsExactlyInAnyOrder(baixiang.id(), yihai.id());
        assertThat(sheet.get("total").get("revenueCny").decimalValue()).isEqualByComparingTo("5667000000");
        assertThat(sheet.get("likeForLike").get("growthPercent").decimalValue())
                .as("(10.31 + 46.36) / (6.17107 + 42.0232) - 1").isEqualByComparingTo("17.59");
        assertThat(sheet.get("disclosed").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM alliance_version_view WHERE alliance_id LIKE 'indicators:%'",
                                       Long.class)).as("an enterprise's reports are no alliance's version").isZero();
    }

    /** One confidential figure among public ones: hidden from a viewer, with the total and growths it is part of. */
    @Test
    void aConfidentialFigureIsShownOnlyToAuditorsAndWhatItContributesToIsSuppressed() throws Exception {
        Enterprise open = fresh("公开企业");
        Enterprise secret = fresh("保密企业");
        AllianceStream alliance = AllianceStream.fresh(eventStore, "disclosure-");
        alliance.record(founded(alliance.id(), open, secret));
        report(open.id(), 2021, "100", REPORTED_ON, Disclosure.PUBLIC);
        report(open.id(), 2022, "150", REPORTED_ON, Disclosure.PUBLIC);
        report(secret.id(), 2021, "2000000000", REPORTED_ON, Disclosure.PUBLIC);
        report(secret.id(), 2022, "2500000000.37", REPORTED_ON, Disclosure.CONFIDENTIAL);
        String path = alliance.path("/indicators?year=2022");

        JsonNode seen = answer(viewer, path, s -> s.get("total").get("reporting").asInt() == 2);
        assertThat(member(seen, secret.id()).get("revenueCny").isNull()).isTrue();
        assertThat(member(seen, secret.id()).get("confidential").asBoolean()).isTrue();
        assertThat(member(seen, secret.id()).get("growthPercent").isNull()).isTrue();
        assertThat(member(seen, secret.id()).get("previousYearCny").decimalValue()).isEqualByComparingTo("2000000000");
        assertThat(member(seen, open.id()).get("growthPercent").decimalValue()).isEqualByComparingTo("50");
        assertThat(seen.get("total").get("revenueCny").isNull()).isTrue();
        assertThat(seen.get("total").get("suppressed").asBoolean()).isTrue();
        assertThat(seen.get("likeForLike").get("growthPercent").isNull()).isTrue();
        assertThat(seen.get("likeForLike").get("suppressed").asBoolean()).isTrue();
        assertThat(strings(seen.get("billionClub"))).isEmpty();
        assertThat(seen.get("asOf").asString()).isEqualTo("2022-12-31");
        assertThat(seen.toString()).doesNotContain("2500000000");

        JsonNode audited = answer(auditor, path, s -> true);
        assertThat(audited.get("disclosed").asBoolean()).isTrue();
        assertThat(member(audited, secret.id()).get("revenueCny").decimalValue()).isEqualTo(new BigDecimal("2500000000.37"));
        assertThat(audited.get("total").get("revenueCny").decimalValue()).isEqualTo(new BigDecimal("2500000150.37"));
        assertThat(audited.get("total").get("suppressed").asBoolean()).isFalse();
        assertThat(strings(audited.get("billionClub"))).containsExactly(secret.id());

        JsonNode revisions = answer(viewer, "/api/enterprises/" + secret.id() + "/indicators",
                                    s -> s.get("years").size() == 2);
        JsonNode hidden = revisions.get("years").get(1).get("revisions").get(0);
        assertThat(hidden.get("revenueCny").isNull()).isTrue();
        assertThat(hidden.has("source")).as("a source may say the figure").isFalse();
        assertThat(hidden.get("disclosure").asString()).isEqualTo("CONFIDENTIAL");
        JsonNode shown = answer(auditor, "/api/enterprises/" + secret.id() + "/indicators", s -> true)
                .get("years").get(1).get("revisions").get(0);
        assertThat(shown.get("revenueCny").decimalValue()).isEqualTo(new BigDecimal("2500000000.37"));
        assertThat(shown.get("submittedBy").asString()).isEqualTo("operator");
        assertThat(shown.get("recordedAt").asString()).isNotBlank();
    }

    /** A revision entered late: knownAt answers with what had been reported by that day, each revision kept. */
    @Test
    void knownAtAnswersWithTheReportsDatedByThenAndEveryRevisionIsListed() throws Exception {
        Enterprise revised = fresh("修订企业");
        AllianceStream alliance = AllianceStream.fresh(eventStore, "revised-");
        alliance.record(founded(alliance.id(), revised, fresh("另一企业")));
        report(revised.id(), 2022, "1000", LocalDate.of(2023, 1, 31), Disclosure.PUBLIC);
        report(revised.id(), 2022, "1200", LocalDate.of(2023, 4, 30), Disclosure.PUBLIC);
        answer(viewer, "/api/enterprises/" + revised.id() + "/indicators",
               s -> s.get("years").size() == 1 && s.get("years").get(0).get("revisions").size() == 2);
        JsonNode latest = answer(viewer, alliance.path("/indicators?year=2022"), s -> true);
        assertThat(member(latest, revised.id()).get("revenueCny").decimalValue()).isEqualByComparingTo("1200");
        JsonNode then = answer(viewer, alliance.path("/indicators?year=2022&knownAt=2023-02-28"), s -> true);
        assertThat(then.get("knownAt").asString()).isEqualTo("2023-02-28");
        assertThat(member(then, revised.id()).get("revenueCny").decimalValue()).isEqualByComparingTo("1000");
        JsonNode before = answer(viewer, alliance.path("/indicators?year=2022&knownAt=2023-01-30"), s -> true);
        assertThat(member(before, revised.id()).get("revenueCny").isNull()).isTrue();
        assertThat(before.get("total").get("reporting").asInt()).isZero();
    }

    /** An enterprise in two of the zone's alliances is counted once in the zone's total. */
    @Test
    void theZoneCountsEachEnterpriseOnce() throws Exception {
        Enterprise shared = fresh("两盟企业");
        Enterprise only = fresh("一盟企业");
        Enterprise other = fresh("另一企业");
        String zone = "z-" + UUID.randomUUID();
        eventStore.publish(new GenericDomainEventMessage<>("Zone", ZoneStream.of(zone), 0,
                new ZoneFounded(zone, "济北经济开发区", "济阳区", "党工委", LocalDate.of(2021, 3, 1))));
        AllianceStream food = AllianceStream.fresh(eventStore, "food-");
        AllianceStream drinks = AllianceStream.fresh(eventStore, "drinks-");
        food.record(founded(food.id(), shared, only), new AllianceJoinedZone(food.id(), zone, LocalDate.of(2022, 2, 1)));
        drinks.record(founded(drinks.id(), shared, other), new AllianceJoinedZone(drinks.id(), zone, LocalDate.of(2022, 3, 1)));
        report(shared.id(), 2022, "300", REPORTED_ON, Disclosure.PUBLIC);
        report(only.id(), 2022, "20", REPORTED_ON, Disclosure.PUBLIC);
        report(other.id(), 2022, "1", REPORTED_ON, Disclosure.PUBLIC);
        JsonNode sheet = answer(viewer, "/api/zones/" + zone + "/indicators?year=2022",
                                s -> s.get("total").get("reporting").asInt() == 3);
        assertThat(sheet.get("zoneId").asString()).isEqualTo(zone);
        assertThat(sheet.get("members")).hasSize(3);
        assertThat(sheet.get("total").get("revenueCny").decimalValue()).isEqualByComparingTo("321");
    }

    /** An auditor reads an enterprise's reports from the event store, confidential ones included, as JSON and CSV. */
    @Test
    void theReportsAreInTheEnterprisesOwnAuditHistory() {
        Enterprise reporting = fresh("审计企业");
        report(reporting.id(), 2022, "1031000000", REPORTED_ON, Disclosure.PUBLIC);
        report(reporting.id(), 2022, "1031000000.50", LocalDate.of(2023, 4, 30), Disclosure.CONFIDENTIAL);
        String events = "/api/audit/enterprises/" + reporting.id() + "/indicators/events";
        JsonNode page = auditor.get(events).json();
        assertThat(page.get("enterpriseId").asString()).isEqualTo(reporting.id());
        assertThat(page.get("count").asInt()).isEqualTo(2);
        JsonNode revision = page.get("events").get(1);
        assertThat(revision.get("type").asString()).isEqualTo("RevenueReported");
        assertThat(revision.get("businessDate").asString()).isEqualTo("2023-04-30");
        assertThat(revision.get("submittedBy").asString()).isEqualTo("operator");
        assertThat(revision.get("payload").get("revenueCny").decimalValue()).isEqualTo(new BigDecimal("1031000000.50"));
        Api.Response csv = auditor.send(auditor.request(events).header("Accept", "text/csv").GET());
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.body()).contains("RevenueReported", "1031000000.50");
        assertProblem(auditor.get("/api/audit/enterprises/" + fresh("无").id() + "/indicators/events"), 404,
                      "ENTERPRISE_NOT_FOUND");
        assertProblem(viewer.get(events), 403, "FORBIDDEN");
    }

    @Test
    void aBadQuestionIsAProblem() {
        AllianceStream alliance = AllianceStream.fresh(eventStore, "bad-");
        alliance.record(founded(alliance.id(), fresh("甲"), fresh("乙")));
        assertProblem(viewer.offContract().get(alliance.path("/indicators")), 400, "VALIDATION_FAILED");
        assertProblem(viewer.offContract().get(alliance.path("/indicators?year=1899")), 400, "VALIDATION_FAILED");
        assertProblem(viewer.offContract().get(alliance.path("/indicators?year=2999")), 400, "VALIDATION_FAILED");
        assertProblem(viewer.offContract().get(alliance.path("/indicators?year=2022&asOf=")), 400, "VALIDATION_FAILED");
        assertProblem(viewer.offContract().get(alliance.path("/indicators?year=2022&knownAt=31.01.2023")), 400,
                      "VALIDATION_FAILED");
        assertProblem(viewer.get("/api/alliances/no-such-alliance/indicators?year=2022"), 404, "ALLIANCE_NOT_FOUND");
        assertProblem(viewer.get("/api/zones/no-such-zone/indicators?year=2022"), 404, "ZONE_NOT_FOUND");
        assertProblem(viewer.offContract().get("/api/enterprises/91370812QEP32RR48X/indicators"), 400, "VALIDATION_FAILED");
        assertProblem(Api.at(port).as("operator").offContract().get(alliance.path("/indicators?year=2022")), 403, "FORBIDDEN");
    }

    static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).as(response.toString()).isEqualTo(code);
    }
}
