package org.allianceledger.command;

import org.allianceledger.command.AllianceVersion;
import org.allianceledger.command.deals.RecordDeal;
import org.allianceledger.command.deals.RecordedDeal;
import org.allianceledger.command.membership.ApplicationStanding;
import org.allianceledger.command.membership.ApplicationStatus;
import org.allianceledger.command.membership.ApplyForMembership;
import org.allianceledger.command.membership.CastVote;
import org.allianceledger.command.membership.WithdrawFromAlliance;
import org.allianceledger.command.rotation.HandOverRotation;
import org.allianceledger.events.DealKind;
import org.allianceledger.events.Quantity;
import org.allianceledger.events.Recurrence;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.domain.BusinessCalendar;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.allianceledger.command.Yanzhou.BAIXIANG;
import static org.allianceledger.command.Yanzhou.JINMAILANG;
import static org.allianceledger.command.Yanzhou.YIHAI;
import static org.allianceledger.command.Yanzhou.YINGYUAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The controllers' HTTP mapping alone, the command gateway a mock: which command a request sends, what its answer
 * looks like, and how a refusal or an invalid body is answered. Security is left to the tests over real HTTP.
 */
@WebMvcTest(properties = CommandServiceApplication.CONFIG_NAMES)
@AutoConfigureMockMvc(addFilters = false)
class CommandMappingTest {

    @Autowired
    MockMvc http;
    @MockitoBean
    CommandGateway commands;
    /** The zone controller's look-up of a zone, in the event store, outside this slice. */
    @MockitoBean
    org.allianceledger.command.zones.ZoneFoundings zones;

    private ResultActions send(String path, Map<String, Object> body) throws Exception {
        return http.perform(post(path).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                                    .content(Api.JSON.writeValueAsString(body)));
    }

    private Object sent() {
        ArgumentCaptor<Object> command = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(command.capture());
        return command.getValue();
    }

    @Test
    void anApplicationIsSentAsApplyForMembershipAndAnsweredCreatedWithTheTallyCountsAsTheApiNamesThem() throws Exception {
        when(commands.sendAndWait(any())).thenReturn(new ApplicationStanding(
                "a", "app-1", 2, ApplicationStatus.OPEN, ApplicationStanding.Votes.of(new Tally(1, 0, 2, 3)), null));

        send("/api/alliances/a/applications", Map.of(
                "applicationId", "app-1", "filedOn", "2022-07-20", "statement", "申请",
                "enterprise", Map.of("id", YINGYUAN.id(), "name", YINGYUAN.name(), "industry", YINGYUAN.industry())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/alliances/a/applications/app-1"))
                .andExpect(jsonPath("$.tally.for").value(1))
                .andExpect(jsonPath("$.tally.abstain").value(2))
                .andExpect(jsonPath("$.tally.inFavour").doesNotExist())
                .andExpect(jsonPath("$.status").value("OPEN"));

        assertThat(sent()).isEqualTo(new ApplyForMembership("a", "app-1", YINGYUAN, LocalDate.of(2022, 7, 20), "申请"));
    }

    @Test
    void aVoteWithoutADateIsCastTodayInChina() throws Exception {
        when(commands.sendAndWait(any())).thenReturn(new ApplicationStanding(
                "a", "app-1", 3, ApplicationStatus.OPEN, ApplicationStanding.Votes.of(new Tally(1, 0, 0, 3)), null));

        send("/api/alliances/a/applications/app-1/votes", Map.of("voter", YIHAI.id(), "decision", "FOR"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(3));

        assertThat(sent()).isEqualTo(new CastVote("a", "app-1", YIHAI.id(), VoteDecision.FOR, BusinessCalendar.today()));
    }

    @Test
    void aDealIsSentWithItsUnitAsACodeAndAnIdOfItsOwnWhenItNamesNone() throws Exception {
        when(commands.sendAndWait(any())).thenAnswer(call -> {
            RecordDeal deal = call.getArgument(0);
            return new RecordedDeal(deal.allianceId(), deal.dealId(), 9);
        });

        String location = send("/api/alliances/a/deals", Map.of(
                "from", YIHAI.id(), "to", BAIXIANG.id(), "kind", "SUPPLY", "subject", "大豆油",
                "quantity", Map.of("amount", 10, "unit", "吨"), "recurrence", "MONTHLY", "signedOn", "2022-06-15"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");

        RecordDeal deal = (RecordDeal) sent();
        assertThat(deal.dealId()).hasSize(36);
        assertThat(location).isEqualTo("/api/alliances/a/deals/" + deal.dealId());
        assertThat(deal).isEqualTo(new RecordDeal("a", deal.dealId(), YIHAI.id(), BAIXIANG.id(), DealKind.SUPPLY, "大豆油",
                                                  new Quantity(BigDecimal.TEN, "TNE"), Recurrence.MONTHLY, null,
                                                  LocalDate.of(2022, 6, 15), null));
    }

    @Test
    void aHandoverAndAWithdrawalAnswerTheAllianceAtItsVersion() throws Exception {
        when(commands.sendAndWait(any())).thenReturn(new AllianceVersion("a", 4));

        send("/api/alliances/a/rotation/handovers", Map.of("from", BAIXIANG.id(), "to", JINMAILANG.id(),
                                                            "effectiveOn", "2022-07-01", "note", "交接"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"allianceId\":\"a\",\"version\":4}", JsonCompareMode.STRICT));
        assertThat(sent()).isEqualTo(new HandOverRotation("a", BAIXIANG.id(), JINMAILANG.id(), LocalDate.of(2022, 7, 1), "交接"));

        send("/api/alliances/a/members/" + YIHAI.id() + "/withdrawal", Map.of("effectiveOn", "2022-08-01"))
                .andExpect(status().isOk());
        ArgumentCaptor<Object> withdrawal = ArgumentCaptor.forClass(Object.class);
        verify(commands, times(2)).sendAndWait(withdrawal.capture());
        assertThat(withdrawal.getValue()).isEqualTo(new WithdrawFromAlliance("a", YIHAI.id(), LocalDate.of(2022, 8, 1), null));
    }

    @Test
    void aRefusalOfTheDomainIsAnsweredAsTheProblemOfItsCode() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new Refused(RefusalCode.ALREADY_VOTED, "Yihai already voted FOR"));

        send("/api/alliances/a/applications/app-1/votes", Map.of("voter", YIHAI.id(), "decision", "AGAINST"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("ALREADY_VOTED"))
                .andExpect(jsonPath("$.detail").value("Yihai already voted FOR"))
                .andExpect(jsonPath("$.type").value("urn:problem-type:alliance-ledger:already-voted"));
    }

    @Test
    void anAllianceTheStoreDoesNotKnowIsAllianceNotFound() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new AggregateNotFoundException("nowhere", "not found"));

        send("/api/alliances/nowhere/rotation/handovers", Map.of("from", BAIXIANG.id(), "to", JINMAILANG.id()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ALLIANCE_NOT_FOUND"));
    }

    @Test
    void anInvalidBodyIsRefusedBeforeAnyCommandIsSent() throws Exception {
        send("/api/alliances/a/applications/app-1/votes", Map.of("voter", "not-a-code", "decision", "FOR"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("voter"))
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_ENTERPRISE_ID"));

        verifyNoInteractions(commands);
    }
}
