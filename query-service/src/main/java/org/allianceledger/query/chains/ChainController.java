package org.allianceledger.query.chains;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.query.alliances.KnownAlliances;
import org.allianceledger.query.chains.ChainAnalysis.Chain;
import org.allianceledger.query.chains.ChainAnalysis.Link;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@RestController
class ChainController {

    private final JdbcClient jdbc;
    private final KnownAlliances alliances;

    ChainController(JdbcClient jdbc, KnownAlliances alliances) {
        this.jdbc = jdbc;
        this.alliances = alliances;
    }

    record Node(String id, String name, String industry, int chain, int tier) {
    }

    record Edge(String from, String to, int deals, List<String> kinds) {
    }

    record Chains(String allianceId, LocalDate asOf, List<Node> nodes, List<Edge> edges, List<Chain> chains) {
    }

    private record Member(String id, String name, String industry) {
    }

    @Operation(operationId = "getChains", summary = "Cooperation chains: members linked by deals, upstream to downstream, with their longest paths")
    @GetMapping("/api/alliances/{allianceId}/chains")
    Chains chains(@PathVariable @Slug String allianceId,
                  @Parameter(description = "a past business day: members then, and deals signed by then")
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                  @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        // members now, or as of the day; a member who left takes its deals out of the chains
        Map<String, Member> members = jdbc.sql("""
                SELECT enterprise_id, name, industry FROM member_view WHERE alliance_id = :alliance
                  AND (CAST(:asOf AS date) IS NULL OR member_since <= :asOf)
                  AND (left_on IS NULL OR (CAST(:asOf AS date) IS NOT NULL AND left_on > :asOf))""")
                .param("alliance", allianceId).param("asOf", asOf)
                .query((row, i) -> new Member(row.getString(1), row.getString(2), row.getString(3)))
                .list().stream().collect(Collectors.toMap(Member::id, Function.identity(), (a, b) -> a));
        List<Edge> edges = jdbc.sql("""
                SELECT provider, receiver, count(*) AS deals, array_agg(DISTINCT kind ORDER BY kind) AS kinds
                FROM deal_view WHERE alliance_id = :alliance AND (CAST(:asOf AS date) IS NULL OR signed_on <= :asOf)
                GROUP BY provider, receiver ORDER BY provider, receiver""")
                .param("alliance", allianceId).param("asOf", asOf)
                .query((row, i) -> new Edge(row.getString(1), row.getString(2), row.getInt(3),
                                            List.of((String[]) row.getArray(4).getArray())))
                .list().stream()
                .filter(edge -> members.containsKey(edge.from()) && members.containsKey(edge.to()))
                .toList();
        List<Chain> chains = ChainAnalysis.chains(edges.stream().map(e -> new Link(e.from(), e.to())).toList());
        List<Node> nodes = new java.util.ArrayList<>();
        for (int c = 0; c < chains.size(); c++) {
            List<List<String>> tiers = chains.get(c).tiers();
            for (int t = 0; t < tiers.size(); t++) {
                for (String id : tiers.get(t)) {
                    Member member = members.get(id);
                    nodes.add(new Node(id, member.name(), member.industry(), c, t));
                }
            }
        }
        return new Chains(allianceId, asOf, nodes, edges, chains);
    }
}
