package org.allianceledger.query.chains;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.allianceledger.query.chains.ChainAnalysis.Chain;
import org.allianceledger.query.chains.ChainAnalysis.Link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Chains on random deal graphs, with cycles, duplicates and self-deals, checked against brute force. */
class ChainAnalysisProperties {

    @Provide
    Arbitrary<List<Link>> graphs() {
        return Arbitraries.integers().between(1, 8).flatMap(n -> {
            Arbitrary<String> node = Arbitraries.integers().between(0, n - 1).map(i -> "N" + i);
            return Combinators.combine(node, node).as(Link::new).list().ofMaxSize(18);
        });
    }

    @Property(tries = 400)
    void chainsPartitionTheMembersThatHaveDeals(@ForAll("graphs") List<Link> links) {
        List<Chain> chains = ChainAnalysis.chains(links);
        Set<String> linked = new TreeSet<>();
        links.stream().filter(l -> !l.from().equals(l.to())).forEach(l -> {
            linked.add(l.from());
            linked.add(l.to());
        });
        List<String> all = chains.stream().flatMap(c -> c.members().stream()).toList();
        assertThat(all).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(all)).isEqualTo(linked);
        for (Chain chain : chains) {
            assertThat(chain.tiers().stream().flatMap(List::stream).sorted().toList()).isEqualTo(chain.members());
        }
    }

    @Property(tries = 400)
    void everyDealLiesInsideOneChain(@ForAll("graphs") List<Link> links) {
        List<Chain> chains = ChainAnalysis.chains(links);
        for (Link link : links) {
            if (!link.from().equals(link.to())) {
                assertThat(chains).anyMatch(c -> c.members().contains(link.from()) && c.members().contains(link.to()));
            }
        }
    }

    @Property(tries = 400)
    void tiersRunUpstreamToDownstreamOutsideCycles(@ForAll("graphs") List<Link> links) {
        Map<String, Set<String>> reach = reachability(links);
        for (Chain chain : ChainAnalysis.chains(links)) {
            Map<String, Integer> tier = new HashMap<>();
            for (int t = 0; t < chain.tiers().size(); t++) {
                for (String member : chain.tiers().get(t)) {
                    tier.put(member, t);
                }
            }
            for (Link link : links) {
                if (!chain.members().contains(link.from()) || link.from().equals(link.to())) {
                    continue;
                }
                boolean cycle = reach.get(link.to()).contains(link.from());
                if (cycle) {
                    assertThat(tier.get(link.from())).isEqualTo(tier.get(link.to()));
                } else {
                    assertThat(tier.get(link.from())).isLessThan(tier.get(link.to()));
                }
            }
        }
    }

    @Property(tries = 400)
    void pathsAreTheLongestMaximalSimplePathsInOrder(@ForAll("graphs") List<Link> links) {
        Map<String, Set<String>> out = new HashMap<>();
        Map<String, Set<String>> in = new HashMap<>();
        for (Link link : links) {
            if (!link.from().equals(link.to())) {
                out.computeIfAbsent(link.from(), k -> new TreeSet<>()).add(link.to());
                in.computeIfAbsent(link.to(), k -> new TreeSet<>()).add(link.from());
            }
        }
        for (Chain chain : ChainAnalysis.chains(links)) {
            assertThat(chain.exhaustive()).isTrue();
            for (List<String> path : chain.paths()) {
                assertThat(path).doesNotHaveDuplicates();
                for (int i = 0; i + 1 < path.size(); i++) {
                    assertThat(out.get(path.get(i))).contains(path.get(i + 1));
                }
            }
            List<List<String>> expected = bruteForce(chain.members(), out, in);
            assertThat(chain.paths()).isEqualTo(expected);
        }
    }

    /** Every maximal simple path of the chain, longest first then in id order, the first twenty. */
    private static List<List<String>> bruteForce(List<String> members, Map<String, Set<String>> out,
                                                 Map<String, Set<String>> in) {
        List<List<String>> maximal = new ArrayList<>();
        for (String start : members) {
            walk(new LinkedHashSet<>(List.of(start)), start, out, in, maximal);
        }
        maximal.sort(Comparator.comparingInt((List<String> p) -> -p.size()).thenComparing(ChainAnalysisProperties::lexicographic));
        return maximal.subList(0, Math.min(ChainAnalysis.MAX_PATHS, maximal.size()));
    }

    private static void walk(LinkedHashSet<String> path, String last, Map<String, Set<String>> out,
                             Map<String, Set<String>> in, List<List<String>> found) {
        boolean extended = false;
        for (String next : out.getOrDefault(last, Set.of())) {
            if (!path.contains(next)) {
                extended = true;
                path.add(next);
                walk(path, next, out, in, found);
                path.remove(next);
            }
        }
        String first = path.iterator().next();
        if (!extended && path.containsAll(in.getOrDefault(first, Set.of()))) {
            found.add(new ArrayList<>(path));
        }
    }

    private static int lexicographic(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static Map<String, Set<String>> reachability(List<Link> links) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Link link : links) {
            out.computeIfAbsent(link.from(), k -> new HashSet<>()).add(link.to());
            out.computeIfAbsent(link.to(), k -> new HashSet<>());
        }
        Map<String, Set<String>> reach = new HashMap<>();
        for (String start : out.keySet()) {
            Set<String> seen = new HashSet<>();
            List<String> todo = new ArrayList<>(out.get(start));
            while (!todo.isEmpty()) {
                String node = todo.remove(todo.size() - 1);
                if (seen.add(node)) {
                    todo.addAll(out.get(node));
                }
            }
            reach.put(start, seen);
        }
        return reach;
    }
}
