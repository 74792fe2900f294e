package org.allianceledger.query.chains;

import org.allianceledger.query.chains.ChainAnalysis.Chain;
import org.allianceledger.query.chains.ChainAnalysis.Link;
import org.allianceledger.query.members.MemberQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The members of a day linked by the deals signed by then, as chains laid out in tiers. */
@Repository
class ChainQueries {

    private final JdbcClient jdbc;

    ChainQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Node(String id, String name, String industry, int chain, int tier) {
    }

    record Edge(String from, String to, int deals, List<String> kinds) {
    }

    record Chains(String allianceId, LocalDate asOf, List<Node> nodes, List<Edge> edges, List<Chain> chains) {
    }

    private record Member(String id, String name, String industry) {
    }

    Chains chains(String allianceId, LocalDate asOf) {
        // members now, or as of the day; a member who left takes its deals out of the chains
        Map<String, Member> members = jdbc.sql("SELECT enterprise_id, name, industry FROM " + MemberQueries.MEMBERS_AS_OF)
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
        List<Node> nodes = new ArrayList<>();
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
