package org.allianceledger.query.applications;

import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.query.QueryServiceApplication;
import org.allianceledger.query.alliances.AllianceQueries;
import org.allianceledger.query.alliances.KnownAlliances;
import org.allianceledger.query.applications.ApplicationQueries.Application;
import org.allianceledger.query.applications.ApplicationQueries.Enterprise;
import org.allianceledger.query.applications.ApplicationQueries.Status;
import org.allianceledger.query.applications.ApplicationQueries.Vote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
import java.util.Set;

import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.YUDA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The applications at their HTTP edge: the statuses asked for, the tally's names, and what is not found. */
@WebMvcTest(controllers = ApplicationController.class, properties = QueryServiceApplication.CONFIG_NAMES)
@AutoConfigureMockMvc(addFilters = false) // the roles are HttpEdgeContract's; here only the mapping
class ApplicationControllerTest {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    ApplicationQueries applications;
    @MockitoBean
    KnownAlliances alliances;
    @MockitoBean
    AllianceQueries versions;

    static Application open() {
        return new Application("app-yuda", new Enterprise(YUDA.id(), YUDA.name(), YUDA.industry()),
                               LocalDate.of(2023, 2, 1), null, Status.OPEN, new Tally(1, 0, 2, 5), null, null, null,
                               null, Instant.parse("2023-02-15T00:00:00Z"), Instant.parse("2023-02-01T01:00:00Z"),
                               List.of(new Vote(YIHAI.id(), YIHAI.name(), "FOR", LocalDate.of(2023, 2, 2))));
    }

    @ParameterizedTest(name = "status={0} asks for {1}")
    @CsvSource(delimiter = '|', textBlock = """
            OPEN                          | OPEN
            OPEN,APPROVED                 | OPEN,APPROVED
            APPROVED,REJECTED,WITHDRAWN   | APPROVED,REJECTED,WITHDRAWN
            """)
    void theStatusesGivenAreTheStatusesAskedFor(String status, String asked) {
        when(applications.applications(anyString(), org.mockito.ArgumentMatchers.any())).thenReturn(List.of());

        assertThat(mvc.get().uri("/api/alliances/yz/applications?status=" + status)).hasStatusOk();
        Set<Status> expected = EnumSet.noneOf(Status.class);
        for (String name : asked.split(",")) {
            expected.add(Status.valueOf(name));
        }
        verify(applications).applications("yz", expected);
    }

    @Test
    void withoutAStatusEveryStatusIsAskedFor() {
        when(applications.applications(anyString(), org.mockito.ArgumentMatchers.any())).thenReturn(List.of());

        assertThat(mvc.get().uri("/api/alliances/yz/applications")).hasStatusOk()
                .bodyJson().isStrictlyEqualTo("{\"allianceId\":\"yz\",\"count\":0,\"applications\":[]}");
        verify(applications).applications("yz", EnumSet.allOf(Status.class));
    }

    @Test
    void anOpenApplicationShowsItsTallyWithVotesForAsForAndItsOutcomeAsNull() {
        when(applications.applications("yz", EnumSet.of(Status.OPEN))).thenReturn(List.of(open()));

        assertThat(mvc.get().uri("/api/alliances/yz/applications?status=OPEN")).hasStatusOk()
                .bodyJson().isStrictlyEqualTo("""
                        {"allianceId":"yz","count":1,"applications":[{"applicationId":"app-yuda",
                         "enterprise":{"id":"91370812DLQHKRPF9D","name":"山东育达健康科技股份有限公司","industry":"medical devices"},
                         "filedOn":"2023-02-01","status":"OPEN","tally":{"for":1,"against":0,"abstain":2,"eligible":5},
                         "outcome":null,"voteWindowEndsAt":"2023-02-15T00:00:00Z","recordedAt":"2023-02-01T01:00:00Z",
                         "votes":[{"voter":"91370812G890PMMGXK","voterName":"益海嘉里","decision":"FOR","castOn":"2023-02-02"}]}]}""");
    }

    @Test
    void anApplicationTheAllianceDoesNotHaveIsANotFoundProblem() {
        when(applications.application("yz", "none")).thenReturn(Optional.empty());

        assertThat(mvc.get().uri("/api/alliances/yz/applications/none"))
                .hasStatus(404)
                .hasContentType("application/problem+json")
                .bodyJson().extractingPath("$.code").isEqualTo("APPLICATION_NOT_FOUND");
    }

    @Test
    void anApplicationOfAnUnknownAllianceIsAnAllianceNotFoundProblem() {
        doThrow(new Refusal(Problem.ALLIANCE_NOT_FOUND, "No alliance nowhere")).when(alliances).require("nowhere");

        assertThat(mvc.get().uri("/api/alliances/nowhere/applications/app-yuda"))
                .hasStatus(404)
                .bodyJson().extractingPath("$.code").isEqualTo("ALLIANCE_NOT_FOUND");
        verifyNoInteractions(applications);
    }
}
