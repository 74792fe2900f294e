package org.allianceledger.query.meetings;

import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.query.QueryServiceApplication;
import org.allianceledger.query.alliances.AllianceQueries;
import org.allianceledger.query.alliances.KnownAlliances;
import org.allianceledger.query.meetings.MeetingQueries.MeetingEnterprise;
import org.allianceledger.query.meetings.MeetingQueries.MeetingStatus;
import org.allianceledger.query.meetings.MeetingQueries.MeetingView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** GET /meetings at its HTTP edge. */
@WebMvcTest(controllers = MeetingController.class, properties = QueryServiceApplication.CONFIG_NAMES)
@AutoConfigureMockMvc(addFilters = false) // the roles are HttpEdgeContract's; here only the mapping
class MeetingControllerTest {

    static final LocalDate DAY = LocalDate.of(2023, 1, 11);

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    MeetingQueries meetings;
    @MockitoBean
    KnownAlliances alliances;
    @MockitoBean
    AllianceQueries versions;

    static MeetingView scheduled() {
        return new MeetingView("m-1", "新一届联盟联席会", DAY, null, DAY, MeetingStatus.SCHEDULED,
                               new MeetingEnterprise("91370812DLQHKRPF9D", "山东育达健康科技股份有限公司"),
                               List.of("表决櫻源有限公司入盟申请"), null, null, null, null,
                               Instant.parse("2026-11-02T08:00:00Z"), List.of());
    }

    @Test
    void theMeetingsOfTheStatusesAndDayAskedForAreCountedAndListed() {
        when(meetings.meetings("yz", EnumSet.of(MeetingStatus.SCHEDULED, MeetingStatus.HELD), DAY))
                .thenReturn(List.of(scheduled()));

        assertThat(mvc.get().uri("/api/alliances/yz/meetings?status=SCHEDULED,HELD&asOf=2023-01-11")).hasStatusOk()
                .bodyJson().isStrictlyEqualTo("""
                        {"allianceId":"yz","asOf":"2023-01-11","count":1,"meetings":[
                         {"meetingId":"m-1","title":"新一届联盟联席会","scheduledOn":"2023-01-11","day":"2023-01-11",
                          "status":"SCHEDULED","host":{"id":"91370812DLQHKRPF9D","name":"山东育达健康科技股份有限公司"},
                          "agenda":["表决櫻源有限公司入盟申请"],"recordedAt":"2026-11-02T08:00:00Z","decisions":[]}]}""");
    }

    @Test
    void withoutAStatusEveryMeetingIsAskedFor() {
        when(meetings.meetings("yz", EnumSet.allOf(MeetingStatus.class), null)).thenReturn(List.of());

        assertThat(mvc.get().uri("/api/alliances/yz/meetings")).hasStatusOk()
                .bodyJson().isStrictlyEqualTo("{\"allianceId\":\"yz\",\"count\":0,\"meetings\":[]}");
    }

    @Test
    void anUnknownStatusIsAMalformedRequest() {
        assertThat(mvc.get().uri("/api/alliances/yz/meetings?status=POSTPONED"))
                .hasStatus(400).hasContentType("application/problem+json");
        verifyNoInteractions(meetings);
    }

    @Test
    void anUnknownMeetingIsANotFoundProblem() {
        when(meetings.meeting("yz", "none", null)).thenReturn(Optional.empty());

        assertThat(mvc.get().uri("/api/alliances/yz/meetings/none"))
                .hasStatus(404).hasContentType("application/problem+json")
                .bodyJson().extractingPath("$.code").isEqualTo("MEETING_NOT_FOUND");
    }

    @Test
    void theMeetingsOfAnUnknownAllianceAreANotFoundProblem() {
        doThrow(new Refusal(Problem.ALLIANCE_NOT_FOUND, "No alliance nowhere")).when(alliances).require("nowhere");

        assertThat(mvc.get().uri("/api/alliances/nowhere/meetings"))
                .hasStatus(404).bodyJson().extractingPath("$.code").isEqualTo("ALLIANCE_NOT_FOUND");
        verifyNoInteractions(meetings);
    }
}
