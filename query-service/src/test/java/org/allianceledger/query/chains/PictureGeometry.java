package org.allianceledger.query.chains;

import org.allianceledger.query.chains.ChainLayout.Box;
import org.allianceledger.query.chains.ChainLayout.Label;
import org.allianceledger.query.chains.ChainLayout.Point;
import org.allianceledger.query.chains.ChainLayout.Route;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain picture's geometric promises, checked on its boxes, routes and labels. */
final class PictureGeometry {

    /** Half a pixel: ELK's coordinates are doubles, and a route may touch a border it runs along. */
    static final double EPS = 0.5;

    private PictureGeometry() {
    }

    /**
     * Routes run from the provider's border to the receiver's and cross no other box; boxes do not overlap, nor do
     * labels; an edge that {@code forward} says is outside any cycle runs left to right.
     */
    static void check(List<Box> nodes, List<Route> edges, BiPredicate<String, String> forward) {
        Map<String, Box> boxes = new HashMap<>();
        nodes.forEach(box -> boxes.put(box.id(), box));
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                assertThat(overlap(nodes.get(i), nodes.get(j))).as("boxes %s and %s overlap", nodes.get(i).id(), nodes.get(j).id()).isFalse();
            }
        }
        for (Route edge : edges) {
            List<Point> points = edge.points();
            String name = edge.from() + " -> " + edge.to();
            assertThat(points).as(name).hasSizeGreaterThanOrEqualTo(2);
            assertThat(onBorder(points.get(0), boxes.get(edge.from()))).as("%s starts on the provider's box: %s", name, points.get(0)).isTrue();
            assertThat(onBorder(points.get(points.size() - 1), boxes.get(edge.to()))).as("%s ends on the receiver's box", name).isTrue();
            for (int s = 1; s < points.size(); s++) {
                for (Box box : nodes) {
                    if (!box.id().equals(edge.from()) && !box.id().equals(edge.to())) {
                        assertThat(crossesInterior(points.get(s - 1), points.get(s), box))
                                .as("%s crosses the box of %s", name, box.id()).isFalse();
                    }
                }
            }
            if (forward.test(edge.from(), edge.to())) {
                assertThat(boxes.get(edge.from()).x()).as("%s runs left to right", name).isLessThan(boxes.get(edge.to()).x());
            }
        }
        List<Label> labels = edges.stream().flatMap(e -> e.labels().stream()).toList();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Label a = labels.get(i), b = labels.get(j);
                assertThat(overlap(a.x(), a.y(), a.width(), a.height(), b.x(), b.y(), b.width(), b.height()))
                        .as("labels %s and %s overlap", a, b).isFalse();
            }
        }
    }

    /** Every pair once, and no pair that is not one. */
    static void samePairs(List<Route> edges, Set<List<String>> pairs) {
        assertThat(edges.stream().map(e -> List.of(e.from(), e.to())).toList()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(pairs);
    }

    static boolean overlap(Box a, Box b) {
        return overlap(a.x(), a.y(), a.width(), a.height(), b.x(), b.y(), b.width(), b.height());
    }

    static boolean overlap(double ax, double ay, double aw, double ah, double bx, double by, double bw, double bh) {
        return ax + EPS < bx + bw && bx + EPS < ax + aw && ay + EPS < by + bh && by + EPS < ay + ah;
    }

    static boolean onBorder(Point p, Box box) {
        boolean within = p.x() >= box.x() - EPS && p.x() <= box.x() + box.width() + EPS
                         && p.y() >= box.y() - EPS && p.y() <= box.y() + box.height() + EPS;
        boolean inside = p.x() > box.x() + EPS && p.x() < box.x() + box.width() - EPS
                         && p.y() > box.y() + EPS && p.y() < box.y() + box.height() - EPS;
        return within && !inside;
    }

    /** Whether the segment passes through the box shrunk by {@link #EPS} (Liang-Barsky clipping). */
    static boolean crossesInterior(Point a, Point b, Box box) {
        double x0 = box.x() + EPS, x1 = box.x() + box.width() - EPS, y0 = box.y() + EPS, y1 = box.y() + box.height() - EPS;
        double dx = b.x() - a.x(), dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - x0, x1 - a.x(), a.y() - y0, y1 - a.y()};
        double enter = 0, leave = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        return enter < leave;
    }
}
