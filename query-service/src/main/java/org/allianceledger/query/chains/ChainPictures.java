package org.allianceledger.query.chains;

import org.allianceledger.query.chains.ChainLayout.Box;
import org.allianceledger.query.chains.ChainLayout.Deals;
import org.allianceledger.query.chains.ChainLayout.Member;
import org.allianceledger.query.chains.ChainLayout.Picture;
import org.allianceledger.query.chains.ChainLayout.Route;
import org.allianceledger.query.chains.ChainQueries.Chains;
import org.allianceledger.query.chains.ChainQueries.Edge;
import org.allianceledger.query.chains.ChainQueries.Node;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The chain picture of a day: /chains' answer laid out by {@link ChainLayout}. A picture of more than
 * {@link #MAX_MEMBERS} members or {@link #MAX_EDGES} provider -> receiver pairs can neither be laid out within a
 * second nor read, so it shows the largest chains that fit, or, when even the largest does not, that chain's
 * members with the most deals; the answer says what it left out.
 */
@Service
class ChainPictures {

    static final int MAX_MEMBERS = 100;
    static final int MAX_EDGES = 200;

    private final ChainQueries queries;

    ChainPictures(ChainQueries queries) {
        this.queries = queries;
    }

    record ChainPicture(String allianceId, LocalDate asOf, double width, double height, int nameFont, int labelFont,
                        boolean truncated, int shownChains, int totalChains, int shownMembers, int totalMembers,
                        int shownEdges, int totalEdges, List<Box> nodes, List<Route> edges) {
    }

    ChainPicture picture(String allianceId, LocalDate asOf, Locale locale) {
        Chains chains = queries.chains(allianceId, asOf);
        Selection shown = select(chains);
        List<Member> members = chains.nodes().stream().filter(n -> shown.members.contains(n.id()))
                .map(n -> new Member(n.id(), n.name())).toList();
        List<Deals> pairs = chains.edges().stream()
                .filter(e -> shown.members.contains(e.from()) && shown.members.contains(e.to()))
                .map(e -> new Deals(e.from(), e.to(), e.kinds(), e.deals())).toList();
        Picture picture = ChainLayout.layout(members, pairs, locale);
        return new ChainPicture(allianceId, asOf, picture.width(), picture.height(), picture.nameFont(),
                                picture.labelFont(), shown.members.size() < chains.nodes().size()
                                                     || pairs.size() < chains.edges().size(),
                                shown.chains, chains.chains().size(), members.size(), chains.nodes().size(),
                                pairs.size(), chains.edges().size(), picture.nodes(), picture.edges());
    }

    record Selection(Set<String> members, int chains) {
    }

    /** Whole chains, largest first (the order of /chains), while they fit; else part of the largest. */
    static Selection select(Chains chains) {
        Map<Integer, List<String>> membersOf = new HashMap<>();
        for (Node node : chains.nodes()) {
            membersOf.computeIfAbsent(node.chain(), c -> new ArrayList<>()).add(node.id());
        }
        Map<String, Integer> chainOf = new HashMap<>();
        chains.nodes().forEach(n -> chainOf.put(n.id(), n.chain()));
        int[] edgesOf = new int[chains.chains().size()];
        for (Edge edge : chains.edges()) {
            Integer chain = chainOf.get(edge.from());
            if (chain != null) {
                edgesOf[chain]++;
            }
        }
        Set<String> shown = new LinkedHashSet<>();
        int edges = 0;
        int chain = 0;
        while (chain < chains.chains().size()
               && shown.size() + membersOf.get(chain).size() <= MAX_MEMBERS && edges + edgesOf[chain] <= MAX_EDGES) {
            shown.addAll(membersOf.get(chain));
            edges += edgesOf[chain];
            chain++;
        }
        if (chain == 0 && !chains.chains().isEmpty()) {
            return new Selection(busiest(membersOf.get(0), chains.edges()), 1);
        }
        return new Selection(shown, chain);
    }

    /** The members with the most deals, in that order, while they and the pairs among them fit. */
    private static Set<String> busiest(List<String> members, List<Edge> allEdges) {
        Map<String, Integer> deals = new HashMap<>();
        Map<String, List<Edge>> touching = new HashMap<>();
        Set<String> inChain = new HashSet<>(members);
        for (Edge edge : allEdges) {
            if (inChain.contains(edge.from())) {
                deals.merge(edge.from(), edge.deals(), Integer::sum);
                deals.merge(edge.to(), edge.deals(), Integer::sum);
                touching.computeIfAbsent(edge.from(), m -> new ArrayList<>()).add(edge);
                touching.computeIfAbsent(edge.to(), m -> new ArrayList<>()).add(edge);
            }
        }
        List<String> order = new ArrayList<>(members);
        order.sort(Comparator.comparingInt((String m) -> -deals.getOrDefault(m, 0)).thenComparing(m -> m));
        Set<String> shown = new LinkedHashSet<>();
        int edges = 0;
        for (String member : order) {
            if (shown.size() == MAX_MEMBERS) {
                break;
            }
            int added = 0;
            for (Edge edge : touching.getOrDefault(member, List.of())) {
                String other = edge.from().equals(member) ? edge.to() : edge.from();
                if (shown.contains(other) || other.equals(member)) {
                    added++;
                }
            }
            if (edges + added <= MAX_EDGES) {
                shown.add(member);
                edges += added;
            }
        }
        return shown;
    }
}
