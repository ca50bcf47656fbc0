package dev.revnas.search;

import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.GenotypeJson;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Whether two runs of a search found the same thing: the same cells, and the same final α up to rounding.
 * Provenance that names the run (job, time) is not compared.
 */
public final class GenotypeDifference {
    private GenotypeDifference() {}

    /** The first difference found, in words; empty when {@code actual} is {@code expected}'s result. */
    public static Optional<String> of(Genotype expected, Genotype actual, double tolerance) {
        String cellsExpected = GenotypeJson.write(cells(expected));
        String cellsActual = GenotypeJson.write(cells(actual));
        if (!cellsExpected.equals(cellsActual)) {
            return Optional.of("the derived cells differ: " + compact(cellsExpected) + " against " + compact(cellsActual));
        }
        Map<String, double[]> a = alphas(expected);
        Map<String, double[]> b = alphas(actual);
        if (!a.keySet().equals(b.keySet())) {
            return Optional.of("the α edges differ: " + new TreeSet<>(a.keySet()) + " against " + new TreeSet<>(b.keySet()));
        }
        for (String edge : new TreeSet<>(a.keySet())) {
            double[] x = a.get(edge);
            double[] y = b.get(edge);
            if (x.length != y.length) {
                return Optional.of(edge + " has " + x.length + " α against " + y.length);
            }
            for (int o = 0; o < x.length; o++) {
                if (!(Math.abs(x[o] - y[o]) <= tolerance)) {
                    return Optional.of(edge + " op " + o + ": softmax(α) " + x[o] + " against " + y[o]);
                }
            }
        }
        return Optional.empty();
    }

    private static Genotype cells(Genotype g) {
        return Genotype.of(g.hidden(), g.splits(), g.encoder(), g.decoder(), null);
    }

    private static Map<String, double[]> alphas(Genotype g) {
        return g.provenance() == null || g.provenance().alphas() == null ? Map.of() : g.provenance().alphas();
    }

    private static String compact(String json) {
        return json.replaceAll("\\s+", "");
    }
}
