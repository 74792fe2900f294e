package org.allianceledger.query.chains;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Cooperation chains (串点成链) from deals: each chain is a weakly connected group of members linked by deals;
 * its tiers run upstream to downstream (strongly connected parts collapsed, then longest-path layering, so
 * cycles never loop); its paths are the longest maximal simple paths, longest first, then in id order.
 * Paths are found by a depth-first search pruned by an upper bound from the collapsed graph; on a graph where
 * the search would exceed its step budget, it returns the best paths found so far and says it was not exhaustive.
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
        Map<String, TreeSet<String>> out = new TreeMap<>();
        Map<String, TreeSet<String>> in = new TreeMap<>();
        for (Link link : links) {
            if (link.from().equals(link.to())) {
                continue;
            }
            out.computeIfAbsent(link.from(), k -> new TreeSet<>()).add(link.to());
            out.computeIfAbsent(link.to(), k -> new TreeSet<>());
            in.computeIfAbsent(link.to(), k -> new TreeSet<>()).add(link.from());
            in.computeIfAbsent(link.from(), k -> new TreeSet<>());
        }
        List<Chain> chains = new ArrayList<>();
        for (List<String> component : components(out, in)) {
            chains.add(new Graph(component, out, in).chain());
        }
        chains.sort(Comparator.comparingInt((Chain c) -> -c.members().size()).thenComparing(c -> c.members().get(0)));
        return chains;
    }

    /** Weakly connected components, each sorted, found by breadth-first search in id order. */
    private static List<List<String>> components(Map<String, TreeSet<String>> out, Map<String, TreeSet<String>> in) {
        Set<String> seen = new java.util.HashSet<>();
        List<List<String>> components = new ArrayList<>();
        for (String start : out.keySet()) {
            if (!seen.add(start)) {
                continue;
            }
            TreeSet<String> component = new TreeSet<>();
            Deque<String> queue = new ArrayDeque<>(List.of(start));
            while (!queue.isEmpty()) {
                String node = queue.poll();
                component.add(node);
                for (String next : concat(out.get(node), in.get(node))) {
                    if (seen.add(next)) {
                        queue.add(next);
                    }
                }
            }
            components.add(new ArrayList<>(component));
        }
        return components;
    }

    private static List<String> concat(Set<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** One weakly connected component: its strongly connected parts, tiers and longest paths. */
    private static final class Graph {
        private final List<String> nodes;
        private final Map<String, TreeSet<String>> out;
        private final Map<String, TreeSet<String>> in;
        private final Map<String, Integer> part = new HashMap<>();
        private final List<List<String>> parts = new ArrayList<>();
        private int[] partTier;
        private int[] longestFromPart;
        private final List<List<String>> best = new ArrayList<>();
        private int steps;
        private int[][] successors;
        private int[][] predecessors;
        private int[] partOf;
        private boolean[] onPath;
        private int[] path;

        Graph(List<String> nodes, Map<String, TreeSet<String>> out, Map<String, TreeSet<String>> in) {
            this.nodes = nodes;
            this.out = out;
            this.in = in;
        }

        Chain chain() {
            stronglyConnectedParts();
            layer();
            boolean exhaustive = searchPaths();
            TreeMap<Integer, List<String>> tiers = new TreeMap<>();
            for (String node : nodes) {
                tiers.computeIfAbsent(partTier[part.get(node)], t -> new ArrayList<>()).add(node);
            }
            return new Chain(nodes, List.copyOf(tiers.values()), List.copyOf(best), exhaustive);
        }

        /** Tarjan's algorithm, iterative so that long chains cannot overflow the stack. */
        private void stronglyConnectedParts() {
            Map<String, Integer> index = new HashMap<>();
            Map<String, Integer> low = new HashMap<>();
            Deque<String> stack = new ArrayDeque<>();
            Set<String> onStack = new java.util.HashSet<>();
            int counter = 0;
            for (String root : nodes) {
                if (index.containsKey(root)) {
                    continue;
                }
                Deque<Object[]> work = new ArrayDeque<>();
                work.push(new Object[]{root, out.get(root).iterator()});
                index.put(root, counter);
                low.put(root, counter++);
                stack.push(root);
                onStack.add(root);
                while (!work.isEmpty()) {
                    Object[] frame = work.peek();
                    String node = (String) frame[0];
                    @SuppressWarnings("unchecked")
                    java.util.Iterator<String> next = (java.util.Iterator<String>) frame[1];
                    if (next.hasNext()) {
                        String successor = next.next();
                        if (!index.containsKey(successor)) {
                            index.put(successor, counter);
                            low.put(successor, counter++);
                            stack.push(successor);
                            onStack.add(successor);
                            work.push(new Object[]{successor, out.get(successor).iterator()});
                        } else if (onStack.contains(successor)) {
                            low.put(node, Math.min(low.get(node), index.get(successor)));
                        }
                        continue;
                    }
                    work.pop();
                    if (!work.isEmpty()) {
                        String parent = (String) work.peek()[0];
                        low.put(parent, Math.min(low.get(parent), low.get(node)));
                    }
                    if (low.get(node).equals(index.get(node))) {
                        List<String> members = new ArrayList<>();
                        String member;
                        do {
                            member = stack.pop();
                            onStack.remove(member);
                            part.put(member, parts.size());
                            members.add(member);
                        } while (!member.equals(node));
                        members.sort(null);
                        parts.add(members);
                    }
                }
            }
        }

        /**
         * Tarjan numbers the parts in reverse topological order. Tiers: longest path from an upstream part;
         * and the most members a simple path can visit from each part on, the search's upper bound.
         */
        private void layer() {
            int count = parts.size();
            partTier = new int[count];
            longestFromPart = new int[count];
            for (int p = count - 1; p >= 0; p--) {
                for (String member : parts.get(p)) {
                    for (String successor : out.get(member)) {
                        int q = part.get(successor);
                        if (q != p) {
                            partTier[q] = Math.max(partTier[q], partTier[p] + 1);
                        }
                    }
                }
            }
            for (int p = 0; p < count; p++) {
                int downstream = 0;
                for (String member : parts.get(p)) {
                    for (String successor : out.get(member)) {
                        int q = part.get(successor);
                        if (q != p) {
                            downstream = Math.max(downstream, longestFromPart[q]);
                        }
                    }
                }
                longestFromPart[p] = parts.get(p).size() + downstream;
            }
        }

        private boolean searchPaths() {
            // index the component's members in id order, so that searching by index searches in id order
            Map<String, Integer> position = new HashMap<>();
            for (int i = 0; i < nodes.size(); i++) {
                position.put(nodes.get(i), i);
            }
            successors = new int[nodes.size()][];
            predecessors = new int[nodes.size()][];
            partOf = new int[nodes.size()];
            for (int i = 0; i < nodes.size(); i++) {
                successors[i] = out.get(nodes.get(i)).stream().mapToInt(position::get).toArray();
                predecessors[i] = in.get(nodes.get(i)).stream().mapToInt(position::get).toArray();
                partOf[i] = part.get(nodes.get(i));
            }
            onPath = new boolean[nodes.size()];
            path = new int[nodes.size()];
            for (int start = 0; start < nodes.size(); start++) {
                int startPart = partOf[start];
                // a path that could be extended upstream by another part is not maximal
                if (java.util.Arrays.stream(predecessors[start]).anyMatch(p -> partOf[p] != startPart)) {
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
                if (best.size() == MAX_PATHS && length + longestFromPart[partOf[next]] <= best.get(MAX_PATHS - 1).size()) {
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
            if (!extended && java.util.Arrays.stream(predecessors[path[0]]).allMatch(p -> onPath[p])) {
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
