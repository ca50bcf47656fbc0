package dev.revnas.genotype;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The result of a search (design §6): for each stack its depth and cell(s) — every node's
 * (input node, op) list — plus the width and splits searched at, and where it came from.
 * A plain value; {@link GenotypeJson} reads and writes it, validating on load.
 *
 * @param cells one cell shared by every layer, or one per layer
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Genotype(String kind, int version, int hidden, int splits, Stack encoder, Stack decoder,
        Provenance provenance) {

    public static final String KIND = "revnas-genotype";
    public static final int VERSION = 1;

    public record Stack(int layers, List<CellSpec> cells) {}

    public record CellSpec(List<List<Edge>> nodes) {}

    public record Edge(int from, String op) {}

    /**
     * @param alphas final softmax(α) per edge, by α name
     * @param notes what derivation had to decide (e.g. a cross-attention it kept by rule)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Provenance(String searchJob, String corpusFingerprint, Long seed, String createdAt,
            Map<String, Object> config, List<String> candidates, Map<String, double[]> alphas, List<String> notes) {}

    public static Genotype of(int hidden, int splits, Stack encoder, Stack decoder, Provenance provenance) {
        return new Genotype(KIND, VERSION, hidden, splits, encoder, decoder, provenance);
    }

    /** The same cells at another width (a derived network may be wider than its search). */
    public Genotype withHidden(int hidden) {
        return new Genotype(kind, version, hidden, splits, encoder, decoder, provenance);
    }

    /**
     * live[k]: the cell's output, node m, reads node k through its edges (node m itself is
     * live, and so is node 0, since every node reads an earlier one).
     */
    public static boolean[] live(CellSpec cell) {
        int m = cell.nodes().size();
        boolean[] live = new boolean[m + 1];
        live[m] = true;
        for (int k = m; k >= 1; k--) {
            if (live[k]) {
                cell.nodes().get(k - 1).forEach(e -> live[e.from()] = true);
            }
        }
        return live;
    }

    /** The cell layer {@code layer} of a stack of {@code depth} layers uses (depth may differ from the searched one). */
    public static CellSpec cellFor(Stack stack, int layer, int depth) {
        List<CellSpec> cells = stack.cells();
        return cells.get(cells.size() == 1 ? 0 : (int) ((long) layer * cells.size() / depth));
    }
}
