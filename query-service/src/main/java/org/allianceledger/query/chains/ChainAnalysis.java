package org.allianceledger.query.chains;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Cooperation chains (串点成链) from deals: each chain is a weakly connected group of members linked by deals;
 * its tiers run upstream to downstream (strongly connected parts collapsed, then longest-path layering, so
 * cycles never loop); its paths are the longest maximal simple paths, longest first, then in id order.
 * Paths are found by a depth-first search pruned by an upper bound from the collapsed graph; on a graph where
 * the search would exceed its step budget, it returns the best paths found so far and says it was not exhaustive.
 * The weakly and strongly connected components are jgrapht's; the layering and the search are this class's own.
 */
public final class ChainAnalysis {

    public static final int MAX_PATHS = 20;
    public static final int STEP_BUDGET = 200_000;

    public record Link(String from, String to) {
    }

    public record Chain(List<String> members, List<List<String>> tiers, List<List<String>> paths, boolean exhaustive) {
    }

    private ChainAnalysis() {
    }

    public static List<Chain> chains(Collection<Link> links) {
        // a simple graph: one edge however many deals a pair has, and no self-deals
        Graph<String, DefaultEdge> deals = new SimpleDirectedGraph<>(DefaultEdge.class);
        for (Link link : links) {
            if (!link.from().equals(link.to())) {
                Graphs.addEdgeWithVertices(deals, link.from(), link.to());
            }
        }
        Parts parts = new Parts(deals);
        List<Chain> chains = new ArrayList<>();
        for (var component : new ConnectivityInspector<>(deals).connectedSets()) {
            List<String> members = new ArrayList<>(component);
            members.sort(null);
            chains.add(new PathSearch(members, deals, parts).chain());
        }
        chains.sort(Comparator.comparingInt((Chain c) -> -c.members().size()).thenComparing(c -> c.members().get(0)));
        return chains;
    }

    /**
     * The strongly connected parts in topological order of the condensation (upstream first), with each part's tier
     * (the longest path to it from an upstream part) and the most members a simple path can visit from it on (the
     * search's upper bound).
     * <p>
     * Kosaraju's algorithm (iterative, so that long chains cannot overflow the stack) finds the parts in that order,
     * which the constructor checks on every edge. jgrapht's {@code getCondensation()} is not used: its parts are
     * subgraphs, hashed by their whole content on every lookup, which made the analysis of ChainsBenchmark's supply
     * network some twenty times slower.
     */
    private static final class Parts {
        private final Map<String, Integer> partOf = new HashMap<>();
        private final int[] tier;
        private final int[] longestFrom;

        Parts(Graph<String, DefaultEdge> deals) {
            List<Set<String>> parts = new KosarajuStrongConnectivityInspector<>(deals).stronglyConnectedSets();
            for (int p = 0; p < parts.size(); p++) {
                for (String member : parts.get(p)) {
                    partOf.put(member, p);
                }
            }
            int[][] downstream = new int[parts.size()][];
            BitSet next = new BitSet(parts.size());
            for (int p = 0; p < parts.size(); p++) {
                next.clear();
                for (String member : parts.get(p)) {
                    for (String successor : Graphs.successorListOf(deals, member)) {
                        int q = partOf.get(successor);
                        if (q < p) {
                            throw new IllegalStateException("jgrapht no longer lists the strongly connected parts upstream first");
                        }
                        if (q != p) {
                            next.set(q);
                        }
                    }
                }
                downstream[p] = next.stream().toArray();
            }
            tier = new int[parts.size()];
            for (int p = 0; p < parts.size(); p++) {
                for (int q : downstream[p]) {
                    tier[q] = Math.max(tier[q], tier[p] + 1);
                }
            }
            longestFrom = new int[parts.size()];
            for (int p = parts.size() - 1; p >= 0; p--) {
                int further = 0;
                for (int q : downstream[p]) {
                    further = Math.max(further, longestFrom[q]);
                }
                longestFrom[p] = parts.get(p).size() + further;
            }
        }
    }

    /** One weakly connected component: its tiers and longest paths. */
    private static final class PathSearch {
        private final List<String> nodes;
        private final Parts parts;
        private final List<List<String>> best = new ArrayList<>();
        private final int[][] successors;
        private final int[][] predecessors;
        private final int[] partOf;
        private final boolean[] onPath;
        private final int[] path;
        private int steps;

        PathSearch(List<String> nodes, Graph<String, DefaultEdge> deals, Parts parts) {
            this.nodes = nodes;
            this.parts = parts;
            // index the component's members in id order, so that searching by index searches in id order
            Map<String, Integer> position = new HashMap<>();
            for (int i = 0; i < nodes.size(); i++) {
                position.put(nodes.get(i), i);
            }
            successors = new int[nodes.size()][];
            predecessors = new int[nodes.size()][];
            partOf = new int[nodes.size()];
            for (int i = 0; i < nodes.size(); i++) {
                String node = nodes.get(i);
                successors[i] = Graphs.successorListOf(deals, node).stream().mapToInt(position::get).sorted().toArray();
                predecessors[i] = Graphs.predecessorListOf(deals, node).stream().mapToInt(position::get).toArray();
                partOf[i] = parts.partOf.get(node);
            }
            onPath = new boolean[nodes.size()];
            path = new int[nodes.size()];
        }

        Chain chain() {
            boolean exhaustive = searchPaths();
            TreeMap<Integer, List<String>> tiers = new TreeMap<>();
            for (int i = 0; i < nodes.size(); i++) {
                tiers.computeIfAbsent(parts.tier[partOf[i]], t -> new ArrayList<>()).add(nodes.get(i));
            }
            return new Chain(nodes, List.copyOf(tiers.values()), List.copyOf(best), exhaustive);
        }

        private boolean searchPaths() {
            for (int start = 0; start < nodes.size(); start++) {
                int startPart = partOf[start];
                // a path that could be extended upstream by another part is not maximal
                if (Arrays.stream(predecessors[start]).anyMatch(p -> partOf[p] != startPart)) {
                    continue;
                }
                path[0] = start;
                onPath[start] = true;
                boolean finished = extend(1);
                onPath[start] = false;
                if (!finished) {
                    return false;
                }
            }
            return true;
        }

        /** Depth-first in id order, so paths of equal length are met in the order they are reported. */
        private boolean extend(int length) {
            if (++steps > STEP_BUDGET) {
                return false;
            }
            boolean extended = false;
            for (int next : successors[path[length - 1]]) {
                if (onPath[next]) {
                    continue;
                }
                extended = true;
                if (best.size() == MAX_PATHS
                    && length + parts.longestFrom[partOf[next]] <= best.get(MAX_PATHS - 1).size()) {
                    continue; // cannot beat the shortest kept path, nor tie it while coming later in id order
                }
                path[length] = next;
                onPath[next] = true;
                boolean finished = extend(length + 1);
                onPath[next] = false;
                if (!finished) {
                    return false;
                }
            }
            if (!extended && Arrays.stream(predecessors[path[0]]).allMatch(p -> onPath[p])) {
                offer(length);
            }
            return true;
        }

        private void offer(int length) {
            if (best.size() == MAX_PATHS && best.get(MAX_PATHS - 1).size() >= length) {
                return; // as long as the shortest kept, but later in id order
            }
            int at = 0;
            while (at < best.size() && best.get(at).size() >= length) {
                at++;
            }
            List<String> found = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                found.add(nodes.get(path[i]));
            }
            best.add(at, List.copyOf(found));
            if (best.size() > MAX_PATHS) {
                best.remove(MAX_PATHS);
            }
        }
    }
}
