package org.allianceledger.command;

import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md's limits, checked at the door: each refusal is a 400 that names the field and records nothing, and the
 * value at each limit is accepted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = CommandServiceApplication.CONFIG_NAMES)
class RequestLimitsTest {

    private static final String YIHAI = Yanzhou.YIHAI.id();
    private static final String BAIXIANG = Yanzhou.BAIXIANG.id();
    private static final String JINMAILANG = Yanzhou.JINMAILANG.id();
    private static final String YINGYUAN = Yanzhou.YINGYUAN.id();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "command_limits");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api operator;
    String alliance;
    RecordedEvents events;

    @BeforeEach
    void foundAlliance() {
        TestAlliance founded = TestAlliance.found(port);
        operator = founded.operator();
        alliance = founded.id();
        events = new RecordedEvents(jdbc);
    }

    @Test
    void moneyIsFromZeroToTenToTheFifteenthWithTwoDecimals() throws Exception {
        accepted(201, deal(Map.of("valueCny", new BigDecimal("1000000000000000"))));
        accepted(201, deal(Map.of("valueCny", new BigDecimal("0"))));
        accepted(201, deal(Map.of("valueCny", new BigDecimal("999999999999999.99"))));
        refused("VALIDATION_FAILED", "valueCny", deals(), deal(Map.of("valueCny", new BigDecimal("1000000000000000000"))));
        refused("VALIDATION_FAILED", "valueCny", deals(), deal(Map.of("valueCny", new BigDecimal("1000000000000000.01"))));
        refused("VALIDATION_FAILED", "valueCny", deals(), deal(Map.of("valueCny", new BigDecimal("0.001"))));
        refused("VALIDATION_FAILED", "valueCny", deals(), deal(Map.of("valueCny", new BigDecimal("-0.01"))));
    }

    @Test
    void quantitiesAreAboveZeroUpToTenToTheTwelfthWithSixDecimals() throws Exception {
        accepted(201, deal(Map.of("quantity", Map.of("amount", new BigDecimal("1000000000000"), "unit", "t"))));
        accepted(201, deal(Map.of("quantity", Map.of("amount", new BigDecimal("0.000001"), "unit", "吨"))));
        refused("VALIDATION_FAILED", "quantity.amount", deals(),
                deal(Map.of("quantity", Map.of("amount", new BigDecimal("100000000000000"), "unit", "t"))));
        refused("VALIDATION_FAILED", "quantity.amount", deals(),
                deal(Map.of("quantity", Map.of("amount", new BigDecimal("1000000000000.000001"), "unit", "t"))));
        refused("VALIDATION_FAILED", "quantity.amount", deals(),
                deal(Map.of("quantity", Map.of("amount", new BigDecimal("0.0000001"), "unit", "t"))));
        refused("VALIDATION_FAILED", "quantity.amount", deals(),
                deal(Map.of("quantity", Map.of("amount", BigDecimal.ZERO, "unit", "t"))));
        refused("VALIDATION_FAILED", "quantity.unit", deals(),
                deal(Map.of("quantity", Map.of("amount", 1, "unit", "u".repeat(33)))));
    }

    @Test
    void namesHoldTwoHundredCharactersOfAnyPlaneOnOneLine() throws Exception {
        String astral = "𠀀".repeat(200); // 200 characters of plane 2, 400 UTF-16 units
        accepted(201, application(Map.of("name", astral)));
        refused("VALIDATION_FAILED", "enterprise.name", applications(), application(Map.of("name", "名".repeat(201))));
        refused("VALIDATION_FAILED", "enterprise.name", applications(), application(Map.of("name", "白象\u0000食品")));
        refused("VALIDATION_FAILED", "enterprise.name", applications(), application(Map.of("name", "白象\t食品")));
        refused("VALIDATION_FAILED", "enterprise.name", applications(), application(Map.of("name", "白象\n食品")));
        refused("VALIDATION_FAILED", "enterprise.name", applications(), application(Map.of("name", "白象\u007F")));
        refused("VALIDATION_FAILED", "enterprise.name", applications(), application(Map.of("name", " \u3000 ")));
        refused("VALIDATION_FAILED", "enterprise.industry", applications(), application(Map.of("industry", "")));
        String loneSurrogate = "{\"enterprise\": {\"id\": \"" + YINGYUAN + "\", \"name\": \"櫻源\\ud800\"}}";
        refused("VALIDATION_FAILED", "enterprise.name", applications(), loneSurrogate);
    }

    @Test
    void freeTextsHoldFourThousandCharactersWithTabsAndLineBreaksButNoLoneCarriageReturn() throws Exception {
        String text = "第一行\r\n第二行\n\t缩进 " + "字".repeat(3987);
        assertThat(text.codePointCount(0, text.length())).isEqualTo(4000);
        accepted(201, Map.of("enterprise", Map.of("id", YINGYUAN, "name", "櫻源有限公司"), "statement", text));
        refused("VALIDATION_FAILED", "statement", applications(),
                Map.of("enterprise", Map.of("id", JINMAILANG, "name", "今麦郎"), "statement", text + "字"));
        refused("VALIDATION_FAILED", "statement", applications(),
                Map.of("enterprise", Map.of("id", JINMAILANG, "name", "今麦郎"), "statement", "一\r二"));
        refused("VALIDATION_FAILED", "statement", applications(),
                Map.of("enterprise", Map.of("id", JINMAILANG, "name", "今麦郎"), "statement", "一\u0000二"));
        refused("VALIDATION_FAILED", "note", "/api/alliances/" + alliance + "/rotation/handovers",
                Map.of("from", BAIXIANG, "to", YIHAI, "note", "交接\u001B[31m"));
        refused("VALIDATION_FAILED", "subject", deals(), deal(Map.of("subject", "油".repeat(501))));
    }

    @Test
    void businessDatesRunFrom1900ToTodayInChina() throws Exception {
        String founding = "/api/alliances";
        for (String date : List.of("1899-12-31", "-0001-01-01", "-999999999-01-01", "+999999999-12-31",
                                   BusinessCalendar.today().plusDays(1).toString())) {
            Map<String, Object> body = new HashMap<>(Yanzhou.foundingBody("a-" + UUID.randomUUID(), "0.5", YIHAI, BAIXIANG));
            body.put("foundedOn", date);
            refused("VALIDATION_FAILED", "foundedOn", founding, body);
        }
        Map<String, Object> earliest = new HashMap<>(Yanzhou.foundingBody("a-" + UUID.randomUUID(), "0.5", YIHAI, BAIXIANG));
        earliest.put("foundedOn", "1900-01-01");
        accepted(201, founding, earliest);
        for (Object notADate : List.of(20220421, "2022-4-21", "2022-04-21T00:00:00Z", "21.04.2022")) {
            Map<String, Object> body = new HashMap<>(Yanzhou.foundingBody("a-" + UUID.randomUUID(), "0.5", YIHAI, BAIXIANG));
            body.put("foundedOn", notADate);
            refused("MALFORMED_REQUEST", "foundedOn", founding, body);
        }
    }

    @Test
    void jsonIsStrictAboutKeysEnumsAndWholeNumbers() throws Exception {
        String votes = "/api/alliances/" + alliance + "/applications/app-1/votes";
        accepted(201, applications(), Map.of("applicationId", "app-1",
                                             "enterprise", Map.of("id", YINGYUAN, "name", "櫻源有限公司")));
        refused("MALFORMED_REQUEST", "decision", votes, "{\"voter\": \"" + YIHAI + "\", \"decision\": 1}");
        refused("MALFORMED_REQUEST", "decision", votes, "{\"voter\": \"" + YIHAI + "\", \"decision\": \"0\"}");
        refused("MALFORMED_REQUEST", "decision", votes, "{\"voter\": \"" + YIHAI + "\", \"decision\": \"for\"}");
        refused("MALFORMED_REQUEST", "decision", votes,
                "{\"voter\": \"" + YIHAI + "\", \"decision\": \"AGAINST\", \"decision\": \"FOR\"}");
        refused("MALFORMED_REQUEST", "voter", votes, "{\"voter\": 91370812, \"decision\": \"FOR\"}");
        Map<String, Object> fractional = new HashMap<>(Yanzhou.foundingBody("a-" + UUID.randomUUID(), "0.5", YIHAI, BAIXIANG));
        fractional.put("charter", Map.of("votingRule", "SIMPLE_MAJORITY", "quorum", 0.5, "chairTermMonths", 2.5,
                                         "voteWindowDays", 14));
        refused("MALFORMED_REQUEST", "charter.chairTermMonths", "/api/alliances", fractional);

        JsonNode cast = accepted(200, votes, Map.of("voter", YIHAI, "decision", "FOR", "version", 999,
                                                    "submittedBy", "someone else", "status", "APPROVED"));
        assertThat(cast.get("status").asString()).isEqualTo("OPEN");
        assertThat(cast.get("version").asLong()).isLessThan(999);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                       + " AND convert_from(meta_data, 'UTF8') LIKE '%someone else%'",
                                       Long.class, alliance)).isZero();
    }

    @Test
    void idsInPathsHaveTheContractsShape() throws Exception {
        refused("VALIDATION_FAILED", "allianceId", "/api/alliances/" + "a".repeat(65) + "/deals", deal(Map.of()));
        refused("VALIDATION_FAILED", "applicationId", "/api/alliances/" + alliance + "/applications/a%20b/votes",
                Map.of("voter", YIHAI, "decision", "FOR"));
    }

    private String deals() {
        return "/api/alliances/" + alliance + "/deals";
    }

    private String applications() {
        return "/api/alliances/" + alliance + "/applications";
    }

    private Map<String, Object> deal(Map<String, Object> overrides) {
        Map<String, Object> deal = new HashMap<>(Map.of("from", YIHAI, "to", BAIXIANG, "kind", "SUPPLY",
                                                        "subject", "大豆油 soybean oil"));
        deal.putAll(overrides);
        return deal;
    }

    private Map<String, Object> application(Map<String, Object> enterprise) {
        Map<String, Object> applicant = new HashMap<>(Map.of("id", YINGYUAN, "name", "櫻源有限公司"));
        applicant.putAll(enterprise);
        return Map.of("enterprise", applicant);
    }

    private JsonNode accepted(int status, Map<String, Object> deal) {
        return accepted(status, deal.containsKey("enterprise") ? applications() : deals(), deal);
    }

    private JsonNode accepted(int status, String path, Object body) {
        Api.Response response = operator.post(path, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.json();
    }

    /** Part two's texts: a name or title of 200, an agenda item of 500, a free text of 4000, none with a NUL. */
    static Stream<Arguments> partTwoTexts() {
        String market = "11370812YKY0WCH4RR";
        String today = BusinessCalendar.today().toString();
        return Stream.of(
                texts("POST", "/api/zones", "name", 200, false,
                      t -> Map.of("zoneId", "z-limits", "name", t, "region", "济阳区", "committee", "党工委")),
                texts("POST", "/api/zones", "committee", 200, false,
                      t -> Map.of("zoneId", "z-limits", "name", "济北", "region", "济阳区", "committee", t)),
                texts("POST", "{a}/departments", "department.name", 200, false,
                      t -> Map.of("department", Map.of("id", market, "name", t))),
                texts("POST", "{a}/instructors", "name", 200, false,
                      t -> Map.of("name", t, "department", market, "enterprises", List.of(YIHAI))),
                texts("POST", "{a}/meetings", "title", 200, false, t -> Map.of("title", t, "scheduledOn", today)),
                texts("POST", "{a}/meetings", "agenda", 500, false,
                      t -> Map.of("title", "联席会", "scheduledOn", today, "agenda", List.of(t))),
                texts("POST", "{a}/meetings/m-limits/record", "minutes", 4000, true,
                      t -> Map.of("attendees", Map.of("members", List.of(YIHAI), "departments", List.of()), "minutes", t)),
                texts("POST", "{a}/meetings/m-limits/cancellation", "reason", 4000, true, t -> Map.of("reason", t)),
                texts("POST", "{a}/members/" + YIHAI + "/suspension", "reason", 4000, true, t -> Map.of("reason", t)),
                texts("POST", "{a}/motions", "statement", 4000, true,
                      t -> Map.of("kind", "EXPULSION", "subject", YIHAI, "statement", t)),
                texts("POST", "{a}/applications/app-limits/recusals", "reason", 4000, true,
                      t -> Map.of("voter", YIHAI, "reason", t)),
                texts("PUT", "{a}/rotation/plan", "note", 4000, true,
                      t -> Map.of("order", List.of(BAIXIANG, YIHAI), "note", t)),
                texts("POST", "{a}/visits", "notes", 4000, true,
                      t -> Map.of("visitor", Map.of("department", market), "enterprise", YIHAI, "notes", t)),
                texts("POST", "{a}/problems", "title", 200, false,
                      t -> Map.of("raisedBy", YIHAI, "category", "MARKET", "title", t, "description", "渠道")),
                texts("POST", "{a}/problems", "description", 4000, true,
                      t -> Map.of("raisedBy", YIHAI, "category", "MARKET", "title", "渠道", "description", t)),
                texts("POST", "{a}/problems/p-limits/progress", "note", 4000, true, t -> Map.of("note", t)),
                texts("POST", "{a}/problems/p-limits/resolution", "result", 4000, true, t -> Map.of("result", t)),
                texts("POST", "{a}/problems/p-limits/feedback", "comment", 4000, true,
                      t -> Map.of("rating", 5, "comment", t)),
                texts("POST", "{a}/problems/p-limits/reopening", "reason", 4000, true, t -> Map.of("reason", t)),
                texts("POST", "{a}/activities", "title", 200, false, t -> Map.of("kind", "TRAINING", "title", t)));
    }

    private static Arguments texts(String method, String path, String field, int max, boolean freeText,
                                   Function<String, Map<String, Object>> body) {
        return Arguments.of(method + " " + path + " " + field, method, path, field, max, freeText, body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partTwoTexts")
    void partTwosTextsAreRefusedPastTheirLimitsAndWithControlCharacters(String name, String method, String path,
            String field, int max, boolean freeText, Function<String, Map<String, Object>> body) throws Exception {
        String target = path.replace("{a}", "/api/alliances/" + alliance);
        refusedAt(method, target, field, body.apply("字".repeat(max + 1)));
        refusedAt(method, target, field, body.apply("一\u0000二"));
        refusedAt(method, target, field, body.apply(freeText ? "一\r二" : "一\n二"));
    }

    private void refusedAt(String method, String path, String field, Object body) throws Exception {
        JsonNode problem = events.refused(400, "VALIDATION_FAILED", () -> method.equals("PUT")
                ? operator.offContract().send(operator.offContract().request(path)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body), StandardCharsets.UTF_8)))
                : operator.offContract().post(path, body));
        assertThat(problem.get("errors").findValuesAsString("field")).as(problem.toString())
                .anyMatch(refused -> refused.startsWith(field));
    }

    /** Sends what the contract forbids: only the answer is held to the published document. */
    private void refused(String code, String field, String path, Object body) throws Exception {
        JsonNode problem = events.refused(400, code, () -> operator.offContract().post(path, body));
        assertThat(problem.get("errors").findValuesAsString("field")).as(problem.toString()).contains(field);
    }
}
