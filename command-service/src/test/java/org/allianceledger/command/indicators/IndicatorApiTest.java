package org.allianceledger.command.indicators;

import org.allianceledger.command.CommandServiceApplication;
import org.allianceledger.command.RecordedEvents;
import org.allianceledger.events.IndicatorStream;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.allianceledger.platform.domain.UnifiedSocialCreditCode;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Reporting revenue over real HTTP against the real event store on PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = CommandServiceApplication.CONFIG_NAMES)
class IndicatorApiTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry, "indicator_api");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Api operator;
    RecordedEvents events;
    /** An enterprise of no alliance: reporting needs no membership. */
    String enterprise;

    @BeforeEach
    void setUp() {
        operator = Api.at(port).as("operator");
        events = new RecordedEvents(jdbc);
        enterprise = UnifiedSocialCreditCode.withCheckCharacter(
                "91370812" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000)));
    }

    static Api.Response put(Api api, String path, Object body) {
        return api.send(api.request(path).header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body))));
    }

    Api.Response report(Api api, int year, Object body) {
        return put(api, "/api/enterprises/" + enterprise + "/indicators/" + year, body);
    }

    static Map<String, Object> body(Object revenue, String reportedOn, String disclosure) {
        Map<String, Object> body = new HashMap<>();
        body.put("revenueCny", revenue);
        if (reportedOn != null) {
            body.put("reportedOn", reportedOn);
        }
        if (disclosure != null) {
            body.put("disclosure", disclosure);
        }
        body.put("source", "年报");
        body.put("note", "由企业填报\n经联盟核对");
        return body;
    }

    @Test
    void aReportIsRecordedInTheEnterprisesOwnStreamAndARevisionBesideIt() {
        Api.Response first = report(operator, 2022, body(new BigDecimal("1031000000"), "2023-01-31", "PUBLIC"));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("revision").asInt()).isEqualTo(1);
        assertThat(first.json().get("version").asLong()).isEqualTo(1);
        Api.Response revised = report(operator, 2022, body(new BigDecimal("1031500000.50"), "2023-04-30", null));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.json().get("revision").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                                       Long.class, IndicatorStream.of(enterprise))).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                                       + "WHERE aggregate_identifier = ? AND sequence_number = 1", String.class,
                                       IndicatorStream.of(enterprise)))
                .as("confidential by default, the amount exact, the Chinese note unchanged")
                .contains("CONFIDENTIAL", "1031500000.50", "由企业填报\\n经联盟核对");
    }

    @Test
    void theSameReportResentRecordsNothing() {
        Map<String, Object> body = body(new BigDecimal("617107000"), "2023-01-31", "PUBLIC");
        assertThat(report(operator, 2021, body).status()).isEqualTo(200);
        long before = events.count();
        Api.Response again = report(operator, 2021, body(new BigDecimal("617107000.00"), "2023-01-31", "PUBLIC"));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("revision").asInt()).isEqualTo(1);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aReportDatedBeforeItsYearBeganIsRefused() throws Exception {
        events.refused(409, "DATE_OUT_OF_ORDER", () -> report(operator, 2022, body(1000, "2021-12-31", "PUBLIC")));
    }

    @Test
    void aYearAfterThisOneOrBefore1900IsRefused() throws Exception {
        int next = BusinessCalendar.today().getYear() + 1;
        events.refused(400, "VALIDATION_FAILED", () -> report(operator.offContract(), next, body(1000, null, null)));
        events.refused(400, "VALIDATION_FAILED", () -> report(operator.offContract(), 1899, body(1000, "1950-01-01", null)));
    }

    @Test
    void revenueOutOfTheMoneyLimitsIsRefused() throws Exception {
        events.refused(400, "VALIDATION_FAILED", () -> report(operator.offContract(), 2022, body(-1, "2023-01-31", null)));
        events.refused(400, "VALIDATION_FAILED", () -> report(operator.offContract(), 2022,
                body(new BigDecimal("1000000000000000.01"), "2023-01-31", null)));
        events.refused(400, "VALIDATION_FAILED", () -> report(operator.offContract(), 2022,
                body(new BigDecimal("1.001"), "2023-01-31", null)));
        events.refused(400, "VALIDATION_FAILED", () -> report(operator.offContract(), 2022, body(null, "2023-01-31", null)));
    }

    @Test
    void aBadEnterpriseIdDateOrDisclosureIsRefused() throws Exception {
        events.refused(400, "VALIDATION_FAILED", () -> put(operator.offContract(),
                "/api/enterprises/91370812QEP32RR48X/indicators/2022", body(1000, "2023-01-31", null)));
        events.refused(400, "VALIDATION_FAILED", () -> report(operator.offContract(), 2022, body(1000, "2099-01-31", null)));
        events.refused(400, "MALFORMED_REQUEST", () -> report(operator.offContract(), 2022, body(1000, "2023-01-31", "SECRET")));
        Map<String, Object> longSource = body(1000, "2023-01-31", null);
        longSource.put("source", "源".repeat(201));
        events.refused(400, "VALIDATION_FAILED", () -> report(operator.offContract(), 2022, longSource));
    }

    @Test
    void aViewerCannotReport() throws Exception {
        events.refused(403, "FORBIDDEN", () -> report(Api.at(port).as("viewer"), 2022, body(1000, "2023-01-31", null)));
    }
}
