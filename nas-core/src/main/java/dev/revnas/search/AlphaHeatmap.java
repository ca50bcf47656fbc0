package dev.revnas.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * softmax(α) over a search, one panel per edge: a row per candidate op, a column per
 * snapshot (the end of each epoch of the W half, and the last step), the cell's shade its
 * weight relative to the largest weight the edge reached, or to 4× the uniform weight if that
 * is larger (hover a cell for the value). The op each edge ends on is written in bold. Plain SVG, written here: it is a few
 * rectangles and labels, and no charting library is worth a dependency for that.
 */
public final class AlphaHeatmap {
    private static final int CELL_HEIGHT = 13;
    private static final int LABEL_WIDTH = 92;
    private static final int PANEL_WIDTH = 420;
    private static final int GAP = 28;

    private AlphaHeatmap() {}

    /**
     * @param candidates the candidate ops of each stack, "encoder" and "decoder"
     * @param history the snapshots in step order
     */
    public static String svg(String title, Map<String, List<String>> candidates, List<SearchResult.AlphaSnapshot> history) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("no α snapshots to draw");
        }
        List<String> edges = new ArrayList<>(history.get(history.size() - 1).alphas().keySet());
        List<String> left = edges.stream().filter(e -> e.startsWith("alpha." + Alphas.ENCODER)).toList();
        List<String> right = edges.stream().filter(e -> !e.startsWith("alpha." + Alphas.ENCODER)).toList();
        int rowsLeft = left.stream().mapToInt(e -> ops(candidates, e).size() * CELL_HEIGHT + GAP + 14).sum();
        int rowsRight = right.stream().mapToInt(e -> ops(candidates, e).size() * CELL_HEIGHT + GAP + 14).sum();
        int width = 2 * (LABEL_WIDTH + PANEL_WIDTH) + 3 * GAP;
        int height = 40 + Math.max(rowsLeft, rowsRight) + 20;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"10\">%n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n"
                + "<text x=\"%d\" y=\"20\" font-size=\"14\">%s</text>%n", width, height, GAP, escape(title)));
        column(svg, GAP, left, candidates, history);
        column(svg, 2 * GAP + LABEL_WIDTH + PANEL_WIDTH, right, candidates, history);
        return svg.append("</svg>\n").toString();
    }

    private static void column(StringBuilder svg, int x, List<String> edges, Map<String, List<String>> candidates,
            List<SearchResult.AlphaSnapshot> history) {
        int y = 40;
        double cell = (double) PANEL_WIDTH / history.size();
        for (String edge : edges) {
            List<String> ops = ops(candidates, edge);
            double[] last = history.get(history.size() - 1).alphas().get(edge);
            int best = MixedOp.argmax(last);
            // Shaded up to the edge's largest weight, but never finer than 4× uniform: a near-uniform edge stays pale.
            double largest = Math.max(4.0 / ops.size(), history.stream().map(h -> h.alphas().get(edge))
                    .filter(java.util.Objects::nonNull).flatMapToDouble(java.util.Arrays::stream).max().orElse(1));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>%n", x, y + 10,
                    escape(edge.replace("alpha.", ""))));
            y += 14;
            for (int o = 0; o < ops.size(); o++) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\"%s>%s</text>%n", x, y + o * CELL_HEIGHT + 10,
                        o == best ? " font-weight=\"bold\"" : "", escape(ops.get(o))));
                for (int s = 0; s < history.size(); s++) {
                    double[] w = history.get(s).alphas().get(edge);
                    double weight = w == null ? 0 : w[o];
                    svg.append(String.format(Locale.ROOT,
                            "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\"><title>%s step %d: %.4f</title></rect>%n",
                            x + LABEL_WIDTH + s * cell, y + o * CELL_HEIGHT, cell, CELL_HEIGHT - 1, shade(weight / largest),
                            escape(ops.get(o)), history.get(s).step(), weight));
                }
            }
            y += ops.size() * CELL_HEIGHT;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#555\">step %d</text>%n",
                    x + LABEL_WIDTH, y + 11, history.get(0).step()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#555\" text-anchor=\"end\">step %d</text>%n",
                    x + LABEL_WIDTH + PANEL_WIDTH, y + 11, history.get(history.size() - 1).step()));
            y += GAP;
        }
    }

    private static List<String> ops(Map<String, List<String>> candidates, String edge) {
        return candidates.get(edge.startsWith("alpha." + Alphas.ENCODER) ? Alphas.ENCODER : Alphas.DECODER);
    }

    /** White at 0 to dark blue at 1 (clamped). */
    static String shade(double weight) {
        double t = Math.max(0, Math.min(1, weight));
        int r = (int) Math.round(255 - t * (255 - 8));
        int g = (int) Math.round(255 - t * (255 - 48));
        int b = (int) Math.round(255 - t * (255 - 107));
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    /** Text for an SVG element or attribute. */
    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
