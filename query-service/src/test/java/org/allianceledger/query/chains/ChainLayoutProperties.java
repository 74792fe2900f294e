package org.allianceledger.query.chains;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.allianceledger.query.chains.ChainLayout.Deals;
import org.allianceledger.query.chains.ChainLayout.Member;
import org.allianceledger.query.chains.ChainLayout.Picture;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The layout function on random deal graphs of up to 30 members and 60 pairs, cycles included. */
class ChainLayoutProperties {

    record Graph30(List<Member> members, List<Deals> pairs) {
    }

    static final String[] KINDS = {"SUPPLY", "DISTRIBUTION", "LONG_TERM_AGREEMENT", "LABOR_SHARING", "TECHNICAL_SERVICE", "OTHER"};
    static final String[] NAMES = {"益海嘉里", "山东育达健康科技股份有限公司", "今麦郎", "Acme Food Processing Co.", "济宁仁和堂", "新世纪连锁超市"};

    @Provide
    Arbitrary<Graph30> graphs() {
        return Arbitraries.integers().between(2, 30).flatMap(n -> {
            Arbitrary<Integer> member = Arbitraries.integers().between(0, n - 1);
            Arbitrary<int[]> pair = Combinators.combine(member, member, Arbitraries.integers().between(0, KINDS.length - 1),
                                                        Arbitraries.integers().between(1, 4))
                    .as((a, b, kind, deals) -> new int[]{a, b, kind, deals});
            return pair.list().ofMinSize(1).ofMaxSize(60).map(list -> {
                Map<List<Integer>, Deals> pairs = new LinkedHashMap<>();
                for (int[] p : list) {
                    if (p[0] != p[1]) {
                        pairs.putIfAbsent(List.of(p[0], p[1]), new Deals("M" + p[0], "M" + p[1], List.of(KINDS[p[2]]), p[3]));
                    }
                }
                List<Member> members = new ArrayList<>();
                pairs.values().stream().flatMap(d -> java.util.stream.Stream.of(d.from(), d.to())).distinct().sorted()
                        .forEach(id -> members.add(new Member(id, NAMES[Integer.parseInt(id.substring(1)) % NAMES.length] + id)));
                return new Graph30(members, List.copyOf(pairs.values()));
            });
        });
    }

    @Property(tries = 200)
    void theLayoutKeepsItsGeometricPromises(@ForAll("graphs") Graph30 graph) {
        Picture picture = ChainLayout.layout(graph.members(), graph.pairs(), Locale.SIMPLIFIED_CHINESE);

        PictureGeometry.samePairs(picture.edges(), graph.pairs().stream().map(d -> List.of(d.from(), d.to())).collect(Collectors.toSet()));
        PictureGeometry.check(picture.nodes(), picture.edges(), outsideCycles(graph.pairs()));
    }

    /** Whether an edge joins two different strongly connected parts, so no cycle runs through it. */
    static java.util.function.BiPredicate<String, String> outsideCycles(List<Deals> pairs) {
        Graph<String, DefaultEdge> graph = new SimpleDirectedGraph<>(DefaultEdge.class);
        pairs.forEach(d -> Graphs.addEdgeWithVertices(graph, d.from(), d.to()));
        Map<String, Integer> part = new HashMap<>();
        List<Set<String>> parts = new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets();
        for (int i = 0; i < parts.size(); i++) {
            for (String id : parts.get(i)) {
                part.put(id, i);
            }
        }
        return (from, to) -> !part.get(from).equals(part.get(to));
    }
}
