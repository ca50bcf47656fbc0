package dev.revnas.experiment;

import dev.revnas.InvalidInputException;
import dev.revnas.search.AlphaHeatmap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;

/**
 * The learning curves of a pair's models for one seed, as SVG: the training loss (a moving mean
 * over {@link #WINDOW} updates, so that one noisy batch does not hide the trend) as a line and each
 * validation loss as a dot, against the target tokens read — the budget all models share. Plain SVG
 * written here, as {@code search.AlphaHeatmap} is: lines, dots and labels need no charting library.
 */
public final class CurvesChart {
    static final int WINDOW = 50;
    private static final int WIDTH = 760;
    private static final int HEIGHT = 420;
    private static final int LEFT = 60;
    private static final int RIGHT = 150;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;
    private static final List<String> COLOURS = List.of("#c0392b", "#2c3e50", "#7f8c8d", "#27ae60", "#8e44ad");

    /** One model's curve; {@code finalValidLoss} is the validation after the last update (NaN if unknown). */
    record Series(String label, List<TrainingCurve.Point> points, double finalValidLoss) {}

    private CurvesChart() {}

    /**
     * The curves of one pair and seed from an experiment's {@code --out} or {@code --record}
     * directory: every model stage ({@code derived}, {@code baseline}, {@code random}) that has a
     * {@code curve.csv}, with its final validation loss from its {@code done.json}. The title names a
     * stage that ran without keeping a curve; a model the experiment does not train is left out unnamed.
     */
    public static String forSeed(Path experiment, String pair, long seed) {
        List<Series> series = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String model : ExperimentConfig.MODELS) {
            Path stage = experiment.resolve(pair).resolve(Experiment.stage(model, seed));
            if (!Files.isRegularFile(stage.resolve(TrainingCurve.FILE))) {
                if (Files.isDirectory(stage)) {
                    missing.add(model);
                }
                continue;
            }
            StageDone done;
            try {
                done = StageDone.readIn(stage);
            } catch (JacksonException e) {
                throw new InvalidInputException(stage.resolve(StageDone.FILE) + " is unreadable: " + e.getMessage());
            }
            Object valid = done == null ? null : done.info().get("validLoss");
            series.add(new Series(model, TrainingCurve.read(stage.resolve(TrainingCurve.FILE)),
                    valid instanceof Number n ? n.doubleValue() : Double.NaN));
        }
        if (series.isEmpty()) {
            throw new InvalidInputException(experiment + ": no training curve for " + pair + " seed " + seed
                    + " (a curve.csv in " + pair + "/<model>-seed" + seed + ")");
        }
        String title = pair + ", seed " + seed + (missing.isEmpty() ? "" : " (no curve for " + String.join(", ", missing) + ")");
        return svg(title, series);
    }

    static String svg(String title, List<Series> series) {
        if (series.isEmpty() || series.stream().anyMatch(s -> s.points().isEmpty())) {
            throw new IllegalArgumentException("no curve to draw");
        }
        double xMax = series.stream().mapToDouble(s -> last(s).targetTokens()).max().orElse(1);
        // The first updates' loss (near ln V) would flatten the rest: the scale starts after a tenth of the run.
        double yMax = series.stream().flatMap(s -> smoothed(s).stream().filter(p -> p[0] >= xMax / 10).limit(1))
                .mapToDouble(p -> p[1]).max().orElse(10);
        double yMin = series.stream().flatMapToDouble(s -> smoothed(s).stream().mapToDouble(p -> p[1])).min().orElse(0);
        yMin = Math.min(yMin, series.stream().flatMap(s -> validation(s).stream()).mapToDouble(p -> p[1]).min().orElse(yMin));
        double pad = (yMax - yMin) * 0.05 + 1e-9;
        Scale scale = new Scale(xMax, yMin - pad, yMax + pad);

        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n"
                + "<text x=\"%d\" y=\"22\" font-size=\"14\">%s</text>%n", WIDTH, HEIGHT, LEFT, AlphaHeatmap.escape(title)));
        axes(svg, scale);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String colour = COLOURS.get(i % COLOURS.size());
            StringBuilder line = new StringBuilder();
            for (double[] p : smoothed(s)) {
                if (p[1] <= scale.yHigh()) {
                    line.append(String.format(Locale.ROOT, "%.1f,%.1f ", scale.x(p[0]), scale.y(p[1])));
                }
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"%s\"/>%n",
                    colour, line.toString().trim()));
            for (double[] p : validation(s)) {
                svg.append(String.format(Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>%s validation loss %.4f at %.2fM tokens</title></circle>%n",
                        scale.x(p[0]), scale.y(p[1]), colour, AlphaHeatmap.escape(s.label()), p[1], p[0] / 1e6));
            }
            int ly = TOP + 10 + 34 * i;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    WIDTH - RIGHT + 12, ly, WIDTH - RIGHT + 32, ly, colour));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", WIDTH - RIGHT + 38, ly + 4, AlphaHeatmap.escape(s.label())));
            if (!Double.isNaN(s.finalValidLoss())) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#555\">valid %.3f</text>%n",
                        WIDTH - RIGHT + 38, ly + 18, s.finalValidLoss()));
            }
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#555\">line: training loss, mean of %d updates;"
                + " dots: validation loss</text>%n", LEFT, HEIGHT - 8, WINDOW));
        return svg.append("</svg>\n").toString();
    }

    private record Scale(double xMax, double yLow, double yHigh) {
        double x(double tokens) {
            return LEFT + (WIDTH - LEFT - RIGHT) * tokens / xMax;
        }

        double y(double loss) {
            return TOP + (HEIGHT - TOP - BOTTOM) * (yHigh - loss) / (yHigh - yLow);
        }
    }

    private static void axes(StringBuilder svg, Scale s) {
        int x0 = LEFT;
        int x1 = WIDTH - RIGHT;
        int y0 = HEIGHT - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<path d=\"M%d,%d V%d H%d\" fill=\"none\" stroke=\"#333\"/>%n", x0, TOP, y0, x1));
        for (int t = 0; t <= 4; t++) {
            double tokens = s.xMax() * t / 4;
            double loss = s.yLow() + (s.yHigh() - s.yLow()) * t / 4;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.1fM</text>%n",
                    s.x(tokens), y0 + 16, tokens / 1e6));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.2f</text>%n",
                    x0 - 6, s.y(loss) + 4, loss));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">target tokens read</text>%n",
                (x0 + x1) / 2, y0 + 34));
        svg.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">"
                + "loss (nats per token)</text>%n", (TOP + y0) / 2, (TOP + y0) / 2));
    }

    /** (tokens, mean training loss of the last WINDOW updates), from the WINDOW-th update on. */
    static List<double[]> smoothed(Series s) {
        List<TrainingCurve.Point> p = s.points();
        List<double[]> out = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < p.size(); i++) {
            sum += p.get(i).trainLoss();
            if (i >= WINDOW) {
                sum -= p.get(i - WINDOW).trainLoss();
            }
            if (i >= WINDOW - 1 || i == p.size() - 1) {
                out.add(new double[] {p.get(i).targetTokens(), sum / Math.min(i + 1, WINDOW)});
            }
        }
        return out;
    }

    /** (tokens, validation loss) where a validation happened, and the final one after the last update. */
    static List<double[]> validation(Series s) {
        List<double[]> out = new ArrayList<>();
        double previous = Double.NaN;
        for (TrainingCurve.Point p : s.points()) {
            if (!Double.isNaN(p.validLoss()) && p.validLoss() != previous) {
                out.add(new double[] {p.targetTokens(), p.validLoss()});
                previous = p.validLoss();
            }
        }
        if (!Double.isNaN(s.finalValidLoss()) && s.finalValidLoss() != previous) {
            out.add(new double[] {last(s).targetTokens(), s.finalValidLoss()});
        }
        return out;
    }

    private static TrainingCurve.Point last(Series s) {
        return s.points().get(s.points().size() - 1);
    }
}
