package org.allianceledger.system;

import org.allianceledger.client.command.ApiException;
import org.allianceledger.client.command.api.CommandsApi;
import org.allianceledger.client.command.model.AllianceVersion;
import org.allianceledger.client.command.model.ApplicationStanding;
import org.allianceledger.client.command.model.Apply;
import org.allianceledger.client.command.model.CharterRequest;
import org.allianceledger.client.command.model.EnterpriseRequest;
import org.allianceledger.client.command.model.FoundAllianceRequest;
import org.allianceledger.client.command.model.Problem;
import org.allianceledger.client.command.model.Vote;
import org.allianceledger.client.query.api.AuditApi;
import org.allianceledger.client.query.api.QueriesApi;
import org.allianceledger.client.query.model.Member;
import org.allianceledger.client.query.model.Members;
import org.allianceledger.client.query.model.Page;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Clients generated in the build from docs/openapi (openapi-generator, java, native library), used as they are
 * against the real services: an alliance is founded, an enterprise applies, the members vote it in, and the
 * members read back include it; refusals arrive as the typed problem the document promises, with its code.
 */
class GeneratedClientsTest {

    static final String ALLIANCE = "generated-client";
    static final String YIHAI = "91370812G890PMMGXK", BAIXIANG = "9137081237GMLL666A", JINMAILANG = "91370812C11PDWNU6G";
    static final String YINGYUAN = "91370812QEP32RR48W";

    static ConfigurableApplicationContext commandService;
    static ConfigurableApplicationContext queryService;

    @BeforeAll
    static void start() {
        String database = TestDatabase.url("generated_clients");
        commandService = Services.command(database);
        queryService = Services.query(database);
    }

    @AfterAll
    static void stop() {
        queryService.close();
        commandService.close();
    }

    static CommandsApi commands(String user) {
        org.allianceledger.client.command.ApiClient client = new org.allianceledger.client.command.ApiClient();
        client.updateBaseUri(base(commandService));
        client.setRequestInterceptor(request -> request.header("Authorization", basic(user)));
        return new CommandsApi(client);
    }

    static org.allianceledger.client.query.ApiClient queryClient(String user) {
        org.allianceledger.client.query.ApiClient client = new org.allianceledger.client.query.ApiClient();
        client.updateBaseUri(base(queryService));
        client.setRequestInterceptor(request -> request.header("Authorization", basic(user)));
        return client;
    }

    @Test
    void anAllianceGrowsByVoteThroughTheGeneratedClientsAndRefusalsAreTypedProblems() throws Exception {
        CommandsApi operator = commands("operator");
        FoundAllianceRequest founding = new FoundAllianceRequest()
                .allianceId(ALLIANCE).name("兖州区食品药品产业链党建联盟").industryChain("food and drug").region("兖州区")
                .foundedOn(LocalDate.of(2022, 4, 21)).leadingBodies(List.of("兖州区“两新”组织党工委"))
                .charter(new CharterRequest().votingRule(CharterRequest.VotingRuleEnum.SIMPLE_MAJORITY)
                                 .quorum(new BigDecimal("0.5")).chairTermMonths(12).voteWindowDays(14))
                .foundingMembers(List.of(enterprise(YIHAI, "益海嘉里"), enterprise(BAIXIANG, "白象食品"),
                                         enterprise(JINMAILANG, "今麦郎")))
                .initialChair(BAIXIANG);
        AllianceVersion founded = operator.foundAlliance(founding, "found-" + ALLIANCE);
        assertThat(founded.getAllianceId()).isEqualTo(ALLIANCE);
        assertThat(founded.getVersion()).isEqualTo(1);
        assertThat(operator.foundAlliance(founding, "found-" + ALLIANCE)).as("a repeat under its Idempotency-Key")
                .isEqualTo(founded);

        ApplicationStanding applied = operator.applyForMembership(ALLIANCE, new Apply().applicationId("app-yingyuan")
                .enterprise(enterprise(YINGYUAN, "櫻源有限公司")).filedOn(LocalDate.of(2022, 7, 20)).statement("申请加入联盟"), null);
        assertThat(applied.getStatus()).isEqualTo(ApplicationStanding.StatusEnum.OPEN);
        assertThat(applied.getTally().getEligible()).isEqualTo(3);
        ApplicationStanding decided = null;
        for (String elector : List.of(YIHAI, BAIXIANG, JINMAILANG)) {
            decided = operator.castVote(ALLIANCE, "app-yingyuan", new Vote().voter(elector)
                    .decision(Vote.DecisionEnum.FOR).castOn(LocalDate.of(2022, 8, 5)), null);
        }
        assertThat(decided.getOutcome()).isEqualTo(ApplicationStanding.OutcomeEnum.APPROVED);
        assertThat(decided.getTally().getFor()).isEqualTo(3);

        Members members = new QueriesApi(queryClient("viewer")).listMembers(ALLIANCE, null, decided.getVersion());
        assertThat(members.getMembers()).extracting(Member::getId).containsExactlyInAnyOrder(YIHAI, BAIXIANG, JINMAILANG, YINGYUAN);
        Member yingyuan = members.getMembers().stream().filter(m -> m.getId().equals(YINGYUAN)).findFirst().orElseThrow();
        assertThat(yingyuan.getAdmittedBy()).isEqualTo(Member.AdmittedByEnum.VOTE);
        assertThat(yingyuan.getMemberSince()).isEqualTo(LocalDate.of(2022, 8, 5));

        Problem alreadyMember = ClientProblems.of(catchThrowableOfType(ApiException.class, () -> operator.applyForMembership(
                ALLIANCE, new Apply().applicationId("app-again").enterprise(enterprise(YINGYUAN, "櫻源有限公司")), null)));
        assertThat(alreadyMember.getCode()).isEqualTo(Problem.CodeEnum.ALREADY_MEMBER);
        assertThat(alreadyMember.getStatus()).isEqualTo(409);
        Problem invalid = ClientProblems.of(catchThrowableOfType(ApiException.class, () -> operator.castVote(
                ALLIANCE, "app-yingyuan", new Vote().voter("91370812QEP32RR48X").decision(Vote.DecisionEnum.AGAINST), null)));
        assertThat(invalid.getCode()).isEqualTo(Problem.CodeEnum.VALIDATION_FAILED);
        assertThat(invalid.getErrors()).anySatisfy(error -> {
            assertThat(error.getField()).isEqualTo("voter");
            assertThat(error.getCode()).isEqualTo("INVALID_ENTERPRISE_ID");
        });
        Problem forbidden = ClientProblems.of(catchThrowableOfType(ApiException.class, () -> commands("viewer")
                .castVote(ALLIANCE, "app-yingyuan", new Vote().voter(YIHAI).decision(Vote.DecisionEnum.FOR), null)));
        assertThat(forbidden.getCode()).isEqualTo(Problem.CodeEnum.FORBIDDEN);

        org.allianceledger.client.query.model.Problem unknown = ClientProblems.of(catchThrowableOfType(
                org.allianceledger.client.query.ApiException.class,
                () -> new QueriesApi(queryClient("viewer")).listMembers("no-such-alliance", null, null)));
        assertThat(unknown.getCode()).isEqualTo(org.allianceledger.client.query.model.Problem.CodeEnum.ALLIANCE_NOT_FOUND);

        Page history = new AuditApi(queryClient("auditor")).exportAuditEvents(ALLIANCE, null, null, "VoteCast", null, 2);
        assertThat(history.getCount()).isEqualTo(2);
        assertThat(history.getNext()).isNotNull();
        Page rest = new AuditApi(queryClient("auditor")).exportAuditEvents(ALLIANCE, null, null, "VoteCast", history.getNext(), 2);
        assertThat(rest.getCount()).isEqualTo(1);
        assertThat(rest.getNext()).as("null on the last page, as the document says it may be").isNull();
    }

    static EnterpriseRequest enterprise(String id, String name) {
        return new EnterpriseRequest().id(id).name(name).industry("食品");
    }

    static String base(ConfigurableApplicationContext service) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort();
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.password(user)).getBytes(StandardCharsets.UTF_8));
    }
}
