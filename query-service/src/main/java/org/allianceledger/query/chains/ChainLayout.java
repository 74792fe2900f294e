package org.allianceledger.query.chains;

import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The chain picture: boxes, orthogonal edge routes and label places computed by Eclipse ELK's layered algorithm,
 * upstream on the left. Text sizes are estimated from the text (a CJK glyph as wide as the font is high, other
 * characters 0.6 of it), so the page must draw names at {@link #NAME_FONT} and labels at {@link #LABEL_FONT} pixels.
 */
final class ChainLayout {

    static final int NAME_FONT = 14;
    static final int LABEL_FONT = 12;
    /** Names wider than this wrap onto a second line inside the box; the page clips what is still longer. */
    static final double NAME_LINE = 196;
    static final double NODE_PADDING = 10;
    static final double LINE_HEIGHT = 18;
    static final double LABEL_PADDING = 3;

    record Member(String id, String name) {
    }

    record Deals(String from, String to, List<String> kinds, int deals) {
    }

    record Point(double x, double y) {
    }

    record Label(String text, double x, double y, double width, double height) {
    }

    record Box(String id, String name, double x, double y, double width, double height) {
    }

    record Route(String from, String to, List<String> kinds, int deals, List<Point> points, List<Label> labels) {
    }

    record Picture(double width, double height, int nameFont, int labelFont, List<Box> nodes, List<Route> edges) {
    }

    private ChainLayout() {
    }

    static Picture layout(List<Member> members, List<Deals> pairs, Locale locale) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, true);
        root.setProperty(LayeredOptions.PADDING, new ElkPadding(12));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 36.0);
        root.setProperty(LayeredOptions.THOROUGHNESS, 1);
        // the fewest crossing-minimization passes and no greedy switch: five to ten times faster on 200 edges, and the
        // picture stays readable
        root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.OFF);

        Map<String, ElkNode> boxes = new HashMap<>();
        for (Member member : members) {
            ElkNode box = ElkGraphUtil.createNode(root);
            box.setIdentifier(member.id());
            double text = textWidth(member.name(), NAME_FONT);
            int lines = text > NAME_LINE ? 2 : 1;
            box.setDimensions(Math.max(80, Math.min(text, NAME_LINE)) + 2 * NODE_PADDING, lines * LINE_HEIGHT + 2 * NODE_PADDING - 4);
            boxes.put(member.id(), box);
        }
        List<ElkEdge> edges = new ArrayList<>();
        for (Deals pair : pairs) {
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(boxes.get(pair.from()), boxes.get(pair.to()));
            String text = DealKindNames.label(pair.kinds(), pair.deals(), locale);
            ElkLabel label = ElkGraphUtil.createLabel(text, edge);
            label.setDimensions(textWidth(text, LABEL_FONT) + 2 * LABEL_PADDING, LABEL_FONT + 4);
            edges.add(edge);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<Box> nodes = new ArrayList<>();
        for (Member member : members) {
            ElkNode box = boxes.get(member.id());
            nodes.add(new Box(member.id(), member.name(), box.getX(), box.getY(), box.getWidth(), box.getHeight()));
        }
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Deals pair = pairs.get(i);
            ElkEdge edge = edges.get(i);
            List<Label> labels = edge.getLabels().stream()
                    .map(l -> new Label(l.getText(), l.getX(), l.getY(), l.getWidth(), l.getHeight())).toList();
            routes.add(new Route(pair.from(), pair.to(), pair.kinds(), pair.deals(),
                                 points(edge, boxes.get(pair.from())), labels));
        }
        return new Picture(root.getWidth(), root.getHeight(), NAME_FONT, LABEL_FONT, nodes, routes);
    }

    private static List<Point> points(ElkEdge edge, ElkNode provider) {
        List<Point> points = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            points.add(new Point(section.getStartX(), section.getStartY()));
            section.getBendPoints().forEach(bend -> points.add(new Point(bend.getX(), bend.getY())));
            points.add(new Point(section.getEndX(), section.getEndY()));
        }
        // a route ELK reports from the receiver's side is turned round, so that it always runs downstream
        if (!points.isEmpty() && distance(points.get(0), provider) > distance(points.get(points.size() - 1), provider)) {
            Collections.reverse(points);
        }
        return List.copyOf(points);
    }

    private static double distance(Point p, ElkNode box) {
        double dx = Math.max(Math.max(box.getX() - p.x(), 0), p.x() - (box.getX() + box.getWidth()));
        double dy = Math.max(Math.max(box.getY() - p.y(), 0), p.y() - (box.getY() + box.getHeight()));
        return Math.hypot(dx, dy);
    }

    /** Pixels the text takes at the font size: CJK and other full-width glyphs a full em, the rest 0.6 em. */
    static double textWidth(String text, int font) {
        return text.codePoints().mapToDouble(c -> wide(c) ? font : 0.6 * font).sum();
    }

    private static boolean wide(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
               || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
               || (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFF60);
    }
}
