package org.allianceledger.query.members;

import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.query.QueryServiceApplication;
import org.allianceledger.query.alliances.AllianceQueries;
import org.allianceledger.query.alliances.KnownAlliances;
import org.allianceledger.query.members.MemberQueries.Member;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.time.LocalDate;
import java.util.List;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.YINGYUAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** GET /members at its HTTP edge. */
@WebMvcTest(controllers = MemberController.class, properties = QueryServiceApplication.CONFIG_NAMES)
@AutoConfigureMockMvc(addFilters = false) // the roles are HttpEdgeContract's; here only the mapping
class MemberControllerTest {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    MemberQueries members;
    @MockitoBean
    KnownAlliances alliances;
    @MockitoBean
    AllianceQueries versions;

    @Test
    void theMembersOfTheDayAskedForAreCountedAndListed() {
        when(members.members("yz", LocalDate.of(2023, 1, 11))).thenReturn(List.of(
                new Member(BAIXIANG.id(), BAIXIANG.name(), BAIXIANG.industry(), LocalDate.of(2022, 4, 21),
                           AdmittedBy.FOUNDING, null, true, LocalDate.of(2023, 1, 31)),
                new Member(YINGYUAN.id(), YINGYUAN.name(), YINGYUAN.industry(), LocalDate.of(2023, 1, 11),
                           AdmittedBy.VOTE, "app-y", false, null)));

        assertThat(mvc.get().uri("/api/alliances/yz/members?asOf=2023-01-11")).hasStatusOk()
                .bodyJson().isStrictlyEqualTo("""
                        {"allianceId":"yz","asOf":"2023-01-11","count":2,"members":[
                         {"id":"9137081237GMLL666A","name":"白象食品","industry":"instant noodles",
                          "memberSince":"2022-04-21","admittedBy":"FOUNDING","suspended":true,
                          "suspendedUntil":"2023-01-31"},
                         {"id":"91370812QEP32RR48W","name":"櫻源有限公司","industry":"prepared and cooked foods",
                          "memberSince":"2023-01-11","admittedBy":"VOTE","applicationId":"app-y","suspended":false}]}""");
    }

    @Test
    void withoutADayTheMembersNowAreAskedFor() {
        when(members.members("yz", null)).thenReturn(List.of());

        assertThat(mvc.get().uri("/api/alliances/yz/members")).hasStatusOk()
                .bodyJson().isStrictlyEqualTo("{\"allianceId\":\"yz\",\"count\":0,\"members\":[]}");
    }

    @Test
    void theMembersOfAnUnknownAllianceAreANotFoundProblem() {
        doThrow(new Refusal(Problem.ALLIANCE_NOT_FOUND, "No alliance nowhere")).when(alliances).require("nowhere");

        assertThat(mvc.get().uri("/api/alliances/nowhere/members"))
                .hasStatus(404)
                .hasContentType("application/problem+json")
                .bodyJson().extractingPath("$.code").isEqualTo("ALLIANCE_NOT_FOUND");
        verifyNoInteractions(members);
    }
}
