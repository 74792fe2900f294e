package org.allianceledger.query.chains;

import org.allianceledger.query.chains.ChainAnalysis.Link;
import org.allianceledger.query.chains.ChainQueries.Chains;
import org.allianceledger.query.chains.ChainQueries.Edge;
import org.allianceledger.query.chains.ChainQueries.Node;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a picture too large to lay out shows: whole chains largest first, or the busiest part of the largest. */
class ChainPicturesTest {

    static Chains chains(List<Edge> edges) {
        List<ChainAnalysis.Chain> found = ChainAnalysis.chains(edges.stream().map(e -> new Link(e.from(), e.to())).toList());
        List<Node> nodes = new ArrayList<>();
        for (int c = 0; c < found.size(); c++) {
            for (String id : found.get(c).members()) {
                nodes.add(new Node(id, id, "food", c, 0));
            }
        }
        return new Chains("a", null, nodes, edges, found);
    }

    @Test
    void wholeChainsAreShownLargestFirstWhileTheyFit() {
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < 10; i++) { // ten chains of three members
            edges.add(new Edge("T" + i + "a", "T" + i + "b", 1, List.of("SUPPLY")));
            edges.add(new Edge("T" + i + "b", "T" + i + "c", 1, List.of("SUPPLY")));
        }
        for (int i = 0; i < 40; i++) { // forty of two
            edges.add(new Edge("P" + i + "a", "P" + i + "b", 1, List.of("SUPPLY")));
        }
        var shown = ChainPictures.select(chains(edges));

        assertThat(shown.members()).hasSize(30 + 2 * 35);
        assertThat(shown.chains()).isEqualTo(45);
        assertThat(shown.members()).contains("T9c", "P4a").doesNotContain("P5a"); // equal sizes in id order: P0a, P10a, ... P4a
    }

    @Test
    void aChainTooLargeShowsItsBusiestMembersAndEveryPairAmongThemWithinTheLimits() {
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < 300; i++) { // a ring of 300, with three deals on each pair of the first ten
            edges.add(new Edge(String.format("M%03d", i), String.format("M%03d", (i + 1) % 300), i < 10 ? 3 : 1, List.of("SUPPLY")));
            edges.add(new Edge(String.format("M%03d", i), String.format("M%03d", (i + 7) % 300), 1, List.of("OTHER")));
        }
        Chains chains = chains(edges);
        var shown = ChainPictures.select(chains);

        assertThat(shown.chains()).isEqualTo(1);
        assertThat(shown.members()).hasSizeLessThanOrEqualTo(ChainPictures.MAX_MEMBERS).contains("M000", "M005", "M010");
        Set<String> members = new HashSet<>(shown.members());
        long pairs = edges.stream().filter(e -> members.contains(e.from()) && members.contains(e.to())).count();
        assertThat(pairs).isPositive().isLessThanOrEqualTo(ChainPictures.MAX_EDGES);
    }
}
