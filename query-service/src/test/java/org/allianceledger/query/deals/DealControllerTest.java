package org.allianceledger.query.deals;

import org.allianceledger.events.DealKind;
import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.Refusal;
import org.allianceledger.query.QueryServiceApplication;
import org.allianceledger.query.alliances.AllianceQueries;
import org.allianceledger.query.alliances.KnownAlliances;
import org.allianceledger.query.deals.DealQueries.Deal;
import org.allianceledger.query.deals.DealQueries.Deals;
import org.allianceledger.query.deals.DealQueries.Party;
import org.allianceledger.query.deals.DealQueries.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** GET /deals at its HTTP edge: what reaches the query, and what the caller is told. */
@WebMvcTest(controllers = DealController.class, properties = QueryServiceApplication.CONFIG_NAMES)
@AutoConfigureMockMvc(addFilters = false) // the roles are HttpEdgeContract's; here only the mapping
class DealControllerTest {

    static final String YIHAI = "91370812G890PMMGXK";
    static final String BAIXIANG = "9137081237GMLL666A";

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    DealQueries deals;
    @MockitoBean
    KnownAlliances alliances;
    @MockitoBean
    AllianceQueries versions;

    @Test
    void theMemberKindAndPageGoToTheQueryAndItsPageIsTheAnswer() {
        Deal deal = new Deal("d1", new Party(YIHAI, "益海嘉里"), new Party(BAIXIANG, "白象食品"), "SUPPLY", "食用油",
                             new Quantity(BigDecimal.TEN, "t"), "MONTHLY", new BigDecimal("1000.5"),
                             LocalDate.of(2022, 6, 15), null, Instant.parse("2022-06-15T02:00:00Z"));
        when(deals.deals("yz", YIHAI, DealKind.SUPPLY, 2, 10)).thenReturn(new Deals("yz", 2, 10, 21, List.of(deal)));

        assertThat(mvc.get().uri("/api/alliances/yz/deals?member={m}&kind=SUPPLY&page=2&size=10", YIHAI))
                .hasStatusOk()
                .bodyJson().isStrictlyEqualTo("""
                        {"allianceId":"yz","page":2,"size":10,"total":21,"deals":[{"dealId":"d1",
                         "from":{"id":"91370812G890PMMGXK","name":"益海嘉里"},"to":{"id":"9137081237GMLL666A","name":"白象食品"},
                         "kind":"SUPPLY","subject":"食用油","quantity":{"amount":10,"unit":"t"},"recurrence":"MONTHLY",
                         "valueCny":1000.5,"signedOn":"2022-06-15","recordedAt":"2022-06-15T02:00:00Z"}]}""");
    }

    @Test
    void withoutParametersTheFirstFiftyOfEveryKindAndMemberAreAskedFor() {
        when(deals.deals(anyString(), any(), any(), anyInt(), anyInt())).thenReturn(new Deals("yz", 0, 50, 0, List.of()));

        assertThat(mvc.get().uri("/api/alliances/yz/deals")).hasStatusOk();
        verify(deals).deals("yz", null, null, 0, 50);
    }

    @Test
    void anUnknownAllianceIsANotFoundProblemAndNothingIsQueried() {
        doThrow(new Refusal(Problem.ALLIANCE_NOT_FOUND, "No alliance nowhere")).when(alliances).require("nowhere");

        assertThat(mvc.get().uri("/api/alliances/nowhere/deals"))
                .hasStatus(404)
                .hasContentType("application/problem+json")
                .bodyJson().extractingPath("$.code").isEqualTo("ALLIANCE_NOT_FOUND");
        verifyNoInteractions(deals);
    }

    @ParameterizedTest(name = "{0} is refused, naming {1}")
    @CsvSource({
            "size=0,              size",
            "size=501,            size",
            "page=-1,             page",
            "kind=BARTER,         kind",
            "member=91370812G890PMMGXJ, member",
    })
    void aParameterOutOfItsRangeIsRefusedBeforeAnyQuery(String query, String field) {
        assertThat(mvc.get().uri("/api/alliances/yz/deals?" + query))
                .hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
        verifyNoInteractions(deals, alliances);
    }
}
