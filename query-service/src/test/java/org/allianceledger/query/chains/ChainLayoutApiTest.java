package org.allianceledger.query.chains;

import org.allianceledger.events.DealKind;
import org.allianceledger.events.DealRecorded;
import org.allianceledger.events.Enterprise;
import org.allianceledger.events.Quantity;
import org.allianceledger.events.Recurrence;
import org.allianceledger.platform.domain.UnifiedSocialCreditCode;
import org.allianceledger.platform.testing.Api;
import org.allianceledger.platform.testing.TestDatabase;
import org.allianceledger.query.AllianceStream;
import org.allianceledger.query.QueryServiceApplication;
import org.allianceledger.query.chains.ChainLayout.Box;
import org.allianceledger.query.chains.ChainLayout.Route;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.JINMAILANG;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.QueryFixtures.YINGYUAN;
import static org.allianceledger.query.QueryFixtures.YUDA;
import static org.allianceledger.query.QueryFixtures.founded;
import static org.assertj.core.api.Assertions.assertThat;

/** GET /chains/layout over real HTTP, on deals in the real event store: its geometry against /chains' answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {QueryServiceApplication.CONFIG_NAMES, "alliance.read-your-writes.max-wait=1s"})
class ChainLayoutApiTest {

    static final Enterprise RENHETANG = enterprise(1, "济宁仁和堂医药连锁有限公司", "pharmacies");
    static final Enterprise XINSHIJI = enterprise(2, "新世纪连锁超市", "supermarkets");
    static final Enterprise HAIYU = enterprise(3, "山东海钰生物技术股份有限公司", "biotechnology");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.registerOnEventStore(registry, "query_layout");
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    Api viewer;
    AllianceStream stream;

    @BeforeEach
    void setUp() {
        viewer = Api.at(port).as("viewer");
        stream = AllianceStream.fresh(eventStore, "l-");
    }

    static Enterprise enterprise(int n, String name, String industry) {
        return new Enterprise(UnifiedSocialCreditCode.withCheckCharacter("91370812" + String.format("%09d", 777_000 + n)), name, industry);
    }

    DealRecorded deal(String id, Enterprise from, Enterprise to, DealKind kind) {
        return new DealRecorded(stream.id(), id, from.id(), to.id(), kind, "合作 " + id, new Quantity(BigDecimal.TEN, "t"),
                                Recurrence.MONTHLY, new BigDecimal("1000.50"), LocalDate.of(2022, 6, 15), null);
    }

    /** The deals the issue saw drawn through other boxes: 育达 -> 仁和堂 past 今麦郎, 益海嘉里 -> 新世纪 past 海钰. */
    long yanzhou() {
        return stream.record(founded(stream.id(), YIHAI, BAIXIANG, JINMAILANG, YUDA, YINGYUAN, RENHETANG, XINSHIJI, HAIYU),
                             deal("d1", YIHAI, BAIXIANG, DealKind.SUPPLY),
                             deal("d2", YIHAI, JINMAILANG, DealKind.SUPPLY),
                             deal("d3", YIHAI, JINMAILANG, DealKind.LONG_TERM_AGREEMENT),
                             deal("d4", YUDA, RENHETANG, DealKind.DISTRIBUTION),
                             deal("d5", YUDA, JINMAILANG, DealKind.TECHNICAL_SERVICE),
                             deal("d6", YIHAI, XINSHIJI, DealKind.DISTRIBUTION),
                             deal("d7", HAIYU, XINSHIJI, DealKind.SUPPLY),
                             deal("d8", JINMAILANG, XINSHIJI, DealKind.DISTRIBUTION),
                             deal("d9", BAIXIANG, XINSHIJI, DealKind.DISTRIBUTION),
                             deal("d10", YINGYUAN, BAIXIANG, DealKind.LABOR_SHARING),
                             deal("d11", HAIYU, YUDA, DealKind.OTHER));
    }

    /** A -> B -> C with A -> C past B; A -> B -> A (a 2-cycle) hanging off C; D -> E -> F -> D (a 3-cycle), in two chains. */
    long skipTierAndCycles() {
        Enterprise a = YIHAI, b = BAIXIANG, c = JINMAILANG, d = YUDA, e = YINGYUAN, f = RENHETANG, g = XINSHIJI;
        return stream.record(founded(stream.id(), a, b, c, d, e, f, g),
                             deal("s1", a, b, DealKind.SUPPLY), deal("s2", b, c, DealKind.SUPPLY),
                             deal("s3", a, c, DealKind.DISTRIBUTION), deal("s4", b, a, DealKind.TECHNICAL_SERVICE),
                             deal("s5", c, g, DealKind.DISTRIBUTION),
                             deal("c1", d, e, DealKind.SUPPLY), deal("c2", e, f, DealKind.LONG_TERM_AGREEMENT),
                             deal("c3", f, d, DealKind.OTHER), deal("c4", f, g, DealKind.SUPPLY));
    }

    record Answer(JsonNode chains, JsonNode layout) {
    }

    Answer read(long version) {
        JsonNode chains = viewer.get(stream.path("/chains?minVersion=" + version)).json();
        Api.Response layout = viewer.get(stream.path("/chains/layout"));
        assertThat(layout.status()).isEqualTo(200);
        return new Answer(chains, layout.json());
    }

    /** The layout's edges are /chains' pairs, and its geometry keeps every promise; tiers of /chains order the rest. */
    void checkAgainstChains(Answer answer) {
        Set<List<String>> pairs = new HashSet<>();
        answer.chains().get("edges").forEach(e -> pairs.add(List.of(e.get("from").asString(), e.get("to").asString())));
        Map<String, Integer> tier = new HashMap<>();
        answer.chains().get("nodes").forEach(n -> tier.put(n.get("id").asString(), n.get("tier").asInt()));
        List<Box> nodes = new ArrayList<>();
        answer.layout().get("nodes").forEach(n -> nodes.add(Api.JSON.treeToValue(n, Box.class)));
        List<Route> edges = new ArrayList<>();
        answer.layout().get("edges").forEach(e -> edges.add(Api.JSON.treeToValue(e, Route.class)));

        assertThat(nodes).extracting(Box::id).containsExactlyInAnyOrderElementsOf(tier.keySet());
        PictureGeometry.samePairs(edges, pairs);
        // tiers collapse cycles, so an edge between different tiers lies on no cycle
        PictureGeometry.check(nodes, edges, (from, to) -> !tier.get(from).equals(tier.get(to)));
        assertThat(answer.layout().get("truncated").asBoolean()).isFalse();
        assertThat(answer.layout().get("nameFont").asInt()).isEqualTo(14);
    }

    @Test
    void theYanzhouChainsAreLaidOutWithoutEdgesThroughBoxesOrLabelsOnLabels() {
        Answer answer = read(yanzhou());

        checkAgainstChains(answer);
        assertThat(answer.layout().get("edges")).hasSize(10);
    }

    @Test
    void skipTierDealsAndCyclesAreDrawnAsSuch() {
        Answer answer = read(skipTierAndCycles());

        checkAgainstChains(answer);
        assertThat(answer.layout().get("totalChains").asInt()).isEqualTo(1); // G joins both parts
        assertThat(answer.layout().get("edges")).hasSize(9);
    }

    @Test
    void labelsAreChineseByDefaultAndEnglishWhenAskedFor() {
        long version = yanzhou();
        read(version);

        JsonNode chinese = viewer.get(stream.path("/chains/layout")).json();
        JsonNode english = viewer.send(viewer.request(stream.path("/chains/layout")).header("Accept-Language", "en").GET()).json();
        assertThat(labelOf(chinese, YIHAI, JINMAILANG)).isEqualTo("长期协议 · 供应 ×2");
        assertThat(labelOf(english, YIHAI, JINMAILANG)).isEqualTo("long-term agreement · supply ×2");
        assertThat(labelOf(chinese, YINGYUAN, BAIXIANG)).isEqualTo("劳务共享");
        assertThat(labelOf(english, YUDA, JINMAILANG)).isEqualTo("technical service");
        assertThat(nameOf(chinese, YUDA)).isEqualTo("山东育达健康科技股份有限公司");
    }

    @Test
    void aPastDayShowsTheDealsSignedByThenAndAnUnknownAllianceIsNotFound() {
        yanzhou();
        read(12);

        assertThat(viewer.get(stream.path("/chains/layout?asOf=2022-06-14")).json().get("edges")).isEmpty();
        assertThat(viewer.get(stream.path("/chains/layout?asOf=2022-06-15")).json().get("edges")).hasSize(10);
        Api.Response missing = viewer.get("/api/alliances/nowhere/chains/layout");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asString()).isEqualTo("ALLIANCE_NOT_FOUND");
        Api.Response malformed = viewer.offContract().get(stream.path("/chains/layout?asOf=someday"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
    }

    static String labelOf(JsonNode layout, Enterprise from, Enterprise to) {
        for (JsonNode edge : layout.get("edges")) {
            if (edge.get("from").asString().equals(from.id()) && edge.get("to").asString().equals(to.id())) {
                return edge.get("labels").get(0).get("text").asString();
            }
        }
        throw new AssertionError("no edge " + from.name() + " -> " + to.name());
    }

    static String nameOf(JsonNode layout, Enterprise member) {
        for (JsonNode node : layout.get("nodes")) {
            if (node.get("id").asString().equals(member.id())) {
                return node.get("name").asString();
            }
        }
        throw new AssertionError("no box " + member.name());
    }
}
