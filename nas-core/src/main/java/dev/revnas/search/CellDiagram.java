package dev.revnas.search;

import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.OpNames;
import java.util.List;
import java.util.Locale;

/**
 * A genotype's cells as a picture: per stack and cell, the nodes 0..m left to right (node 0 the
 * coupling function's input, node m its output) and every kept edge as an arrow labelled with
 * its op; edges that skip nodes arc above. Cross-attention is drawn in orange, a node the output
 * does not read (which validation rejects) in grey. Plain SVG, like {@link AlphaHeatmap}.
 */
public final class CellDiagram {
    private static final int NODE_GAP = 190;
    private static final int RADIUS = 16;
    private static final int ARC_STEP = 34;
    private static final int MARGIN = 30;

    private CellDiagram() {}

    public static String svg(String title, Genotype g) {
        int maxNodes = Math.max(nodes(g.encoder()), nodes(g.decoder()));
        int panelHeight = RADIUS * 2 + ARC_STEP * Math.max(1, maxNodes) + 72;
        int panels = g.encoder().cells().size() + g.decoder().cells().size();
        int width = 2 * MARGIN + NODE_GAP * maxNodes + 2 * RADIUS + 40;
        int height = 50 + panels * panelHeight;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n"
                + "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
                + " orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#333\"/></marker></defs>%n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n"
                + "<text x=\"%d\" y=\"22\" font-size=\"14\">%s</text>%n", width, height, MARGIN, AlphaHeatmap.escape(title)));
        int y = 50;
        for (String stack : List.of("encoder", "decoder")) {
            Genotype.Stack s = stack.equals("encoder") ? g.encoder() : g.decoder();
            for (int c = 0; c < s.cells().size(); c++) {
                String heading = String.format(Locale.ROOT, "%s, %s: nodes at width %d / %d = %d", stack,
                        s.cells().size() == 1 ? "the cell of all " + s.layers() + " layers" : "cell " + c + " of " + s.cells().size(),
                        g.hidden(), g.splits(), g.hidden() / g.splits());
                cell(svg, s.cells().get(c), heading, y, panelHeight);
                y += panelHeight;
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private static int nodes(Genotype.Stack stack) {
        return stack.cells().stream().mapToInt(c -> c.nodes().size()).max().orElse(0);
    }

    private static void cell(StringBuilder svg, Genotype.CellSpec cell, String heading, int top, int height) {
        int m = cell.nodes().size();
        int baseline = top + height - RADIUS - 14;
        boolean[] live = Genotype.live(cell);
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" font-weight=\"bold\">%s</text>%n",
                MARGIN, top + 14, AlphaHeatmap.escape(heading)));
        for (int k = 1; k <= m; k++) {
            for (Genotype.Edge e : cell.nodes().get(k - 1)) {
                edge(svg, e, k, baseline);
            }
        }
        for (int k = 0; k <= m; k++) {
            int x = x(k);
            String label = k == 0 ? "in" : k == m ? "out" : String.valueOf(k);
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"%s\" stroke=\"#333\"/>%n"
                    + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, baseline, RADIUS,
                    live[k] ? "#e8eef8" : "#dddddd", x, baseline + 4, label));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">node %d</text>%n",
                    x, baseline + RADIUS + 13, k));
        }
    }

    /** An arrow from node e.from to node k: straight to the next node, an arc over the nodes it skips. */
    private static void edge(StringBuilder svg, Genotype.Edge e, int k, int baseline) {
        int x0 = x(e.from()) + RADIUS;
        int x1 = x(k) - RADIUS;
        int lift = (k - e.from() - 1) * ARC_STEP + (k - e.from() > 1 ? ARC_STEP : 0);
        String colour = OpNames.isCrossAttention(e.op()) ? "#d9730d" : "#333";
        if (lift == 0) {
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"1.5\""
                    + " marker-end=\"url(#arrow)\"/>%n", x0, baseline, x1, baseline, colour));
            label(svg, e.op(), (x0 + x1) / 2, baseline - 6, colour);
        } else {
            int top = baseline - lift;
            svg.append(String.format(Locale.ROOT, "<path d=\"M %d %d C %d %d, %d %d, %d %d\" fill=\"none\" stroke=\"%s\""
                    + " stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>%n", x0 - RADIUS / 2, baseline - RADIUS + 4, x0, top, x1, top,
                    x1 + RADIUS / 2, baseline - RADIUS + 4, colour));
            label(svg, e.op(), (x0 + x1) / 2, baseline - (int) (0.75 * lift) - 8, colour);
        }
    }

    private static void label(StringBuilder svg, String op, int x, int y, String colour) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\">%s</text>%n", x, y,
                colour, AlphaHeatmap.escape(op)));
    }

    private static int x(int node) {
        return MARGIN + RADIUS + node * NODE_GAP;
    }
}
