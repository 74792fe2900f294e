package org.allianceledger.query;

import org.allianceledger.events.DealKind;
import org.allianceledger.events.DealRecorded;
import org.allianceledger.events.HandoverDeviatedFromPlan;
import org.allianceledger.events.MemberExpelled;
import org.allianceledger.events.MemberSuspended;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.events.MembershipApplied;
import org.allianceledger.events.MotionApproved;
import org.allianceledger.events.MotionFiled;
import org.allianceledger.events.MotionKind;
import org.allianceledger.events.MotionVoteCast;
import org.allianceledger.events.MotionVoterRecused;
import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.events.RotationPlanned;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteClosure;
import org.allianceledger.events.VoteDecision;
import org.allianceledger.events.VoterRecused;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.JINMAILANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.YINGYUAN;
import static org.allianceledger.query.QueryFixtures.founded;
import static org.assertj.core.api.Assertions.assertThat;

/** The reads of the rotation plan, suspensions, recusals and expulsion motions over HTTP, from events in the store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {QueryServiceApplication.CONFIG_NAMES, "alliance.read-your-writes.max-wait=1s"})
class DisciplineQueryApiTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerOnEventStore(registry, "query_discipline");
    }

    static final LocalDate FILED = LocalDate.of(2022, 7, 20);
    static final LocalDate DECIDED = LocalDate.of(2022, 7, 26);
    static final Instant WINDOW = Instant.parse("2022-08-03T00:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    Api viewer;
    AllianceStream stream;
    String alliance;

    @BeforeEach
    void setUp() {
        viewer = Api.at(port).as("viewer");
        stream = AllianceStream.fresh(eventStore, "d-");
        alliance = stream.id();
    }

    long record(Object... events) {
        return stream.record(events);
    }

    String path(String rest) {
        return stream.path(rest);
    }

    @Test
    void theChairShowsThePlanTheNextChairThePreviousAndADeviation() {
        LocalDate july = LocalDate.of(2022, 7, 1);
        long version = record(founded(alliance, YIHAI, BAIXIANG, JINMAILANG),
                              new RotationPlanned(alliance, List.of(BAIXIANG.id(), JINMAILANG.id(), YIHAI.id()), "按章程轮值",
                                                  LocalDate.of(2022, 5, 10)),
                              new RotationHandedOver(alliance, BAIXIANG.id(), YIHAI.id(), july, july.plusMonths(2), "今麦郎生产旺季"),
                              new HandoverDeviatedFromPlan(alliance, JINMAILANG.id(), YIHAI.id(), july, "今麦郎生产旺季"));
        JsonNode chair = viewer.get(path("/chair?minVersion=" + version)).json();
        assertThat(chair.get("chair").asString()).isEqualTo(YIHAI.id());
        assertThat(chair.get("previous").get("chair").asString()).isEqualTo(BAIXIANG.id());
        assertThat(chair.get("next").get("member").asString()).isEqualTo(BAIXIANG.id());
        assertThat(chair.get("next").get("since").asString()).isEqualTo("2022-09-01");
        assertThat(chair.get("plan").get("order").get(1).get("name").asString()).isEqualTo(JINMAILANG.name());
        assertThat(chair.get("history").get(1).get("deviatesFromPlan").asBoolean()).isTrue();
        assertThat(chair.get("history").get(0).get("deviatesFromPlan").asBoolean()).isFalse();
    }

    @Test
    void aSuspendedMemberIsShownSoOnTheMembersRead() {
        long version = record(founded(alliance, YIHAI, BAIXIANG),
                              new MemberSuspended(alliance, YIHAI.id(), LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 31), "拖欠会费"));
        JsonNode members = viewer.get(path("/members?asOf=2022-08-15&minVersion=" + version)).json().get("members");
        JsonNode yihai = members.get(0).get("id").asString().equals(YIHAI.id()) ? members.get(0) : members.get(1);
        assertThat(yihai.get("suspended").asBoolean()).isTrue();
        assertThat(yihai.get("suspendedUntil").asString()).isEqualTo("2022-08-31");
        assertThat(viewer.get(path("/members?asOf=2022-09-01")).json().toString()).doesNotContain("\"suspended\":true");
    }

    @Test
    void anApprovedExpulsionIsListedWithItsTallyAndTheMemberLeavesMembersChainsAndTheTimeline() {
        long version = record(founded(alliance, YIHAI, BAIXIANG, JINMAILANG),
                              new DealRecorded(alliance, "d1", YIHAI.id(), JINMAILANG.id(), DealKind.SUPPLY, "面粉",
                                               null, null, null, LocalDate.of(2022, 6, 15), null),
                              new MotionFiled(alliance, "m-1", MotionKind.EXPULSION, JINMAILANG.id(), FILED, "多次违反联盟章程",
                                              List.of(BAIXIANG.id(), YIHAI.id()), WINDOW),
                              new MotionVoterRecused(alliance, "m-1", BAIXIANG.id(), "关联企业", FILED, 1),
                              new MotionVoteCast(alliance, "m-1", YIHAI.id(), VoteDecision.FOR, DECIDED),
                              new MotionApproved(alliance, "m-1", MotionKind.EXPULSION, JINMAILANG.id(), DECIDED,
                                                 new Tally(1, 0, 0, 1), VoteClosure.ALL_VOTED),
                              new MemberExpelled(alliance, JINMAILANG.id(), DECIDED, "m-1"));
        JsonNode motions = viewer.get(path("/motions?status=APPROVED&minVersion=" + version)).json();
        assertThat(motions.get("count").asInt()).isEqualTo(1);
        JsonNode motion = motions.get("motions").get(0);
        assertThat(motion.get("subject").get("name").asString()).isEqualTo(JINMAILANG.name());
        assertThat(motion.get("tally").toString()).isEqualTo("{\"for\":1,\"against\":0,\"abstain\":0,\"eligible\":1}");
        assertThat(motion.get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(motion.get("recusals").get(0).get("reason").asString()).isEqualTo("关联企业");
        assertThat(viewer.get(path("/motions/m-1")).json().get("votes").get(0).get("voter").asString()).isEqualTo(YIHAI.id());
        assertThat(viewer.get(path("/motions?status=OPEN")).json().get("count").asInt()).isZero();

        assertThat(viewer.get(path("/members")).json().get("count").asInt()).isEqualTo(2);
        assertThat(viewer.get(path("/members?asOf=2022-07-25")).json().get("count").asInt()).isEqualTo(3);
        assertThat(viewer.get(path("/chains")).json().get("edges")).isEmpty();
        JsonNode timeline = Api.at(port).as("auditor").get("/api/audit/alliances/" + alliance + "/membership-timeline").json();
        assertThat(timeline.toString()).contains("\"leftBy\":\"EXPULSION\"", "\"motionId\":\"m-1\"");
    }

    @Test
    void aRecusalLowersTheApplicationsElectorate() {
        long version = record(founded(alliance, YIHAI, BAIXIANG),
                              new MembershipApplied(alliance, "app-y", YINGYUAN, FILED, null,
                                                    List.of(BAIXIANG.id(), YIHAI.id()), WINDOW),
                              new VoterRecused(alliance, "app-y", YIHAI.id(), "关联企业", FILED, 1));
        JsonNode application = viewer.get(path("/applications/app-y?minVersion=" + version)).json();
        assertThat(application.get("tally").get("eligible").asInt()).isEqualTo(1);
    }

    @Test
    void aWithdrawalIsLeftByWithdrawalInTheTimeline() {
        record(founded(alliance, YIHAI, BAIXIANG), new MemberWithdrew(alliance, YIHAI.id(), FILED, "经营调整"));
        JsonNode timeline = Api.at(port).as("auditor").get("/api/audit/alliances/" + alliance + "/membership-timeline").json();
        assertThat(timeline.toString()).contains("\"leftBy\":\"WITHDRAWAL\"");
    }

    @Test
    void aMotionTheReadModelsDoNotKnowIsNotFound() {
        long version = record(founded(alliance, YIHAI, BAIXIANG));
        Api.Response response = viewer.get(path("/motions/none?minVersion=" + version));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("MOTION_NOT_FOUND");
        assertThat(viewer.get("/api/alliances/nowhere/motions").json().get("code").asString()).isEqualTo("ALLIANCE_NOT_FOUND");
    }
}
