package org.allianceledger.query.audit;

import org.allianceledger.events.VoteCast;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.query.QueryServiceApplication;
import org.allianceledger.query.alliances.AllianceQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The audit export at its HTTP edge: the filter the parameters make, and the three representations of one history. */
@WebMvcTest(controllers = AuditController.class, properties = QueryServiceApplication.CONFIG_NAMES)
@Import(AuditExport.class)
@AutoConfigureMockMvc(addFilters = false) // the roles are HttpEdgeContract's; here only the mapping
class AuditControllerTest {

    static final String EVENTS = "/api/audit/alliances/yz/events";
    static final AuditTrail.Entry VOTE = new AuditTrail.Entry(
            7, "VoteCast", Instant.parse("2023-01-11T02:00:00Z"), LocalDate.of(2023, 1, 11),
            new VoteCast("yz", "app-y", YIHAI.id(), VoteDecision.FOR, LocalDate.of(2023, 1, 11)),
            "operator", "c-7", "c-6");

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    AuditTrail trail;
    @MockitoBean
    AllianceQueries versions;

    @BeforeEach
    void theEventStoreHoldsOneVote() {
        when(trail.knows("yz")).thenReturn(true);
        doAnswer(call -> {
            call.<Consumer<AuditTrail.Entry>>getArgument(1).accept(VOTE);
            return null;
        }).when(trail).read(any(), any());
    }

    @Test
    void aDayMeansItsFirstMomentInChinaAndTheCursorIsTheLastSequenceRead() {
        assertThat(mvc.get().uri(EVENTS + "?from=2023-01-11&to=2023-01-12T00:00:00Z&type=VoteCast,MemberAdmitted&cursor=6&limit=5"))
                .hasStatusOk();
        verify(trail).read(org.mockito.ArgumentMatchers.eq(new AuditTrail.Filter(
                "yz", 6, Instant.parse("2023-01-10T16:00:00Z"), Instant.parse("2023-01-12T00:00:00Z"),
                List.of("VoteCast", "MemberAdmitted"), 5)), any());
    }

    @Test
    void aFullPageNamesTheNextCursorAndAShortOneNone() {
        assertThat(mvc.get().uri(EVENTS + "?limit=1")).hasStatusOk()
                .bodyJson().extractingPath("$.next").isEqualTo("7");
        assertThat(mvc.get().uri(EVENTS + "?limit=2")).hasStatusOk()
                .bodyJson().extractingPath("$.next").isNull();
    }

    @Test
    void asJsonAPageOfEntries() {
        assertThat(mvc.get().uri(EVENTS).accept("application/json")).hasStatusOk()
                .bodyJson().isStrictlyEqualTo("""
                        {"allianceId":"yz","count":1,"next":null,"events":[{"sequence":7,"type":"VoteCast",
                         "recordedAt":"2023-01-11T02:00:00Z","businessDate":"2023-01-11",
                         "payload":{"allianceId":"yz","applicationId":"app-y","voter":"91370812G890PMMGXK",
                                    "decision":"FOR","castOn":"2023-01-11"},
                         "submittedBy":"operator","correlationId":"c-7","causationId":"c-6"}]}""");
    }

    @Test
    void asCsvAnAttachmentWithAByteOrderMarkAHeaderRowAndThePayloadAsJson() {
        assertThat(mvc.get().uri(EVENTS).accept("text/csv")).hasStatusOk()
                .hasHeader("Content-Disposition", "attachment; filename=\"yz-events.csv\"")
                .hasContentType("text/csv;charset=UTF-8")
                .body().asString().isEqualTo(
                        "\uFEFFsequence,type,recordedAt,businessDate,submittedBy,correlationId,causationId,payload\r\n"
                        + "7,VoteCast,2023-01-11T02:00:00Z,2023-01-11,operator,c-7,c-6,"
                        + "\"{\"\"allianceId\"\":\"\"yz\"\",\"\"applicationId\"\":\"\"app-y\"\",\"\"voter\"\":\"\"91370812G890PMMGXK\"\","
                        + "\"\"decision\"\":\"\"FOR\"\",\"\"castOn\"\":\"\"2023-01-11\"\"}\"\r\n");
    }

    @Test
    void asNdjsonOneEntryALine() {
        assertThat(mvc.get().uri(EVENTS).accept("application/x-ndjson")).hasStatusOk()
                .hasContentType("application/x-ndjson;charset=UTF-8")
                .body().asString().isEqualTo(
                        "{\"sequence\":7,\"type\":\"VoteCast\",\"recordedAt\":\"2023-01-11T02:00:00Z\",\"businessDate\":\"2023-01-11\","
                        + "\"payload\":{\"allianceId\":\"yz\",\"applicationId\":\"app-y\",\"voter\":\"91370812G890PMMGXK\","
                        + "\"decision\":\"FOR\",\"castOn\":\"2023-01-11\"},"
                        + "\"submittedBy\":\"operator\",\"correlationId\":\"c-7\",\"causationId\":\"c-6\"}\n");
    }

    /** Exports stream from a worker thread: Tomcat's 30 s default cut a million-event CSV export short. */
    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"text/csv", "application/x-ndjson"})
    void anExportMayStreamForAnHour(String accept) {
        MvcTestResult export = mvc.get().uri(EVENTS).accept(accept).exchange();
        assertThat(export).hasStatusOk();
        assertThat(export.getMvcResult().getRequest().getAsyncContext().getTimeout())
                .isGreaterThanOrEqualTo(Duration.ofHours(1).toMillis());
    }

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"application/json", "text/csv", "application/x-ndjson"})
    void anAllianceTheEventStoreDoesNotHoldIsANotFoundProblemInEveryRepresentation(String accept) {
        assertThat(mvc.get().uri("/api/audit/alliances/nowhere/events").accept(accept))
                .hasStatus(404)
                .hasContentType("application/problem+json")
                .bodyJson().extractingPath("$.code").isEqualTo("ALLIANCE_NOT_FOUND");
    }

    @Test
    void aCursorThisEndpointDidNotGiveIsRefused() {
        assertThat(mvc.get().uri(EVENTS + "?cursor=abc"))
                .hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("cursor");
    }
}
