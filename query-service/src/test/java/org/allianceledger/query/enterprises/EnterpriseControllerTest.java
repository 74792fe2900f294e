package org.allianceledger.query.enterprises;

import org.allianceledger.query.QueryServiceApplication;
import org.allianceledger.query.alliances.AllianceQueries;
import org.allianceledger.query.enterprises.EnterpriseQueries.EnterpriseView;
import org.allianceledger.query.members.MemberQueries.Membership;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.allianceledger.query.QueryFixtures.YINGYUAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** GET /api/enterprises/{id} at its HTTP edge. */
@WebMvcTest(controllers = EnterpriseController.class, properties = QueryServiceApplication.CONFIG_NAMES)
@AutoConfigureMockMvc(addFilters = false) // the roles are HttpEdgeContract's; here only the mapping
class EnterpriseControllerTest {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    EnterpriseQueries enterprises;
    @MockitoBean
    AllianceQueries versions;

    @Test
    void aKnownEnterpriseIsAnsweredWithItsMemberships() {
        Membership membership = new Membership("yz", "兖州区食品药品产业链党建联盟", LocalDate.of(2023, 1, 11), null, "VOTE",
                                               "app-y", true);
        when(enterprises.enterprise(YINGYUAN.id())).thenReturn(Optional.of(new EnterpriseView(
                YINGYUAN.id(), YINGYUAN.name(), YINGYUAN.industry(), List.of(membership), List.of(), List.of(), List.of())));

        assertThat(mvc.get().uri("/api/enterprises/{id}", YINGYUAN.id())).hasStatusOk()
                .bodyJson().isStrictlyEqualTo("""
                        {"id":"91370812QEP32RR48W","name":"櫻源有限公司","industry":"prepared and cooked foods",
                         "memberships":[{"allianceId":"yz","allianceName":"兖州区食品药品产业链党建联盟",
                                         "memberSince":"2023-01-11","admittedBy":"VOTE","applicationId":"app-y","current":true}],
                         "applications":[],"chairTerms":[],"deals":[]}""");
    }

    @Test
    void anEnterpriseNoAllianceKnowsIsANotFoundProblem() {
        when(enterprises.enterprise("91350100M000100Y43")).thenReturn(Optional.empty());

        assertThat(mvc.get().uri("/api/enterprises/91350100M000100Y43"))
                .hasStatus(404)
                .hasContentType("application/problem+json")
                .bodyJson().extractingPath("$.code").isEqualTo("ENTERPRISE_NOT_FOUND");
    }

    @Test
    void aCodeWithAWrongCheckCharacterIsRefusedWithoutAQuery() {
        assertThat(mvc.get().uri("/api/enterprises/91370812QEP32RR48X"))
                .hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].code").isEqualTo("INVALID_ENTERPRISE_ID");
        verifyNoInteractions(enterprises);
    }
}
