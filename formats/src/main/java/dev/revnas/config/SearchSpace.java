package dev.revnas.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.revnas.InvalidInputException;
import dev.revnas.genotype.OpNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The candidate ops and cell shape of a search. {@code ops} applies to both stacks, except
 * that decoder-only ops (cross-attention) are left out of the encoder; {@code encoderOps} /
 * {@code decoderOps} override it per stack.
 *
 * @param nodes intermediate nodes per cell (m)
 * @param edgesPerNode incoming edges each node keeps at derivation (DARTS keeps 2, a chain 1)
 * @param perLayerAlpha one α per edge and layer instead of one per edge and stack
 * @param relaxation how an edge mixes its candidates while searching: {@code softmax} (DARTS, every op runs),
 *     {@code gumbel} (GDAS, one sampled op runs) or {@code partial} (PC-DARTS, 1/K of the channels go through the ops)
 * @param tauMax the Gumbel-softmax temperature at the first step ({@code gumbel}; GDAS's 10)
 * @param tauMin the temperature at the last step, reached linearly ({@code gumbel}; GDAS's 0.1)
 * @param partialK K of PC-DARTS: 1/K of an edge's channels go through its ops ({@code partial}; default 4)
 */
public record SearchSpace(List<String> ops, List<String> encoderOps, List<String> decoderOps, Integer splits,
        Integer nodes, Integer edgesPerNode, Boolean perLayerAlpha, String relaxation, Double tauMax, Double tauMin,
        Integer partialK) {

    public static final List<String> RELAXATIONS = List.of("softmax", "gumbel", "partial");

    public SearchSpace {
        if (ops == null && (encoderOps == null || decoderOps == null)) {
            ops = OpNames.DEFAULT_OPS;
        }
        splits = splits == null ? 2 : splits;
        nodes = nodes == null ? 2 : nodes;
        edgesPerNode = edgesPerNode == null ? 2 : edgesPerNode;
        perLayerAlpha = perLayerAlpha != null && perLayerAlpha;
        relaxation = relaxation != null ? relaxation : "softmax";
        tauMax = tauMax != null ? tauMax : 10.0;
        tauMin = tauMin != null ? tauMin : 0.1;
        partialK = partialK != null ? partialK : 4;
        if (!RELAXATIONS.contains(relaxation)) {
            throw InvalidInputException.at("searchSpace.relaxation", "searchSpace.relaxation is '" + relaxation + "'; allowed: "
                    + String.join(", ", RELAXATIONS));
        }
        if (!(tauMax > 0) || !Double.isFinite(tauMax)) {
            throw InvalidInputException.at("searchSpace.tauMax", "searchSpace.tauMax is " + tauMax + "; the temperature must be a positive number");
        }
        if (!(tauMin > 0) || !Double.isFinite(tauMin)) {
            throw InvalidInputException.at("searchSpace.tauMin", "searchSpace.tauMin is " + tauMin + "; the temperature must be a positive number");
        }
        if (tauMin > tauMax) {
            throw InvalidInputException.at("searchSpace.tauMin", "searchSpace.tauMin " + tauMin + " is above searchSpace.tauMax " + tauMax
                    + "; the temperature anneals from tauMax down to tauMin");
        }
        if (partialK < 1) {
            throw InvalidInputException.at("searchSpace.partialK", "searchSpace.partialK is " + partialK + "; it must be at least 1");
        }
        if (splits < 2) {
            throw InvalidInputException.at("searchSpace.splits", "searchSpace.splits is " + splits + "; it must be at least 2");
        }
        if (nodes < 1) {
            throw InvalidInputException.at("searchSpace.nodes", "searchSpace.nodes is " + nodes + "; it must be at least 1");
        }
        if (edgesPerNode < 1) {
            throw InvalidInputException.at("searchSpace.edgesPerNode", "searchSpace.edgesPerNode is " + edgesPerNode + "; it must be at least 1");
        }
        if (encoderOps != null) {
            for (String op : encoderOps) {
                if (isDecoderOnly(op, "searchSpace.encoderOps")) {
                    throw InvalidInputException.at("searchSpace.encoderOps", "searchSpace.encoderOps has '" + op
                            + "': cross-attention reads the encoder output and is allowed in the decoder only");
                }
            }
        }
        ops = ops == null ? null : List.copyOf(ops);
        encoderOps = encoderOps == null ? null : List.copyOf(encoderOps);
        decoderOps = decoderOps == null ? null : List.copyOf(decoderOps);
    }

    public static SearchSpace of(List<String> ops, int splits, int nodes) {
        return new SearchSpace(ops, null, null, splits, nodes, null, null, null, null, null, null);
    }

    /** The same space under another relaxation. */
    public SearchSpace withRelaxation(String relaxation) {
        return new SearchSpace(ops, encoderOps, decoderOps, splits, nodes, edgesPerNode, perLayerAlpha, relaxation, tauMax,
                tauMin, partialK);
    }

    @JsonIgnore
    public boolean isPartial() {
        return relaxation.equals("partial");
    }

    @JsonIgnore
    public boolean isGumbel() {
        return relaxation.equals("gumbel");
    }

    private static boolean isDecoderOnly(String op, String where) {
        try {
            return OpNames.isDecoderOnly(op);
        } catch (InvalidInputException e) {
            throw InvalidInputException.at(where, where + ": " + e.getMessage());
        }
    }

    /** The width the candidate ops run at: the coupling's width, or 1/K of it under {@code partial}. */
    public int candidateWidth(int opWidth) {
        return isPartial() ? opWidth / partialK : opWidth;
    }

    /**
     * The op as a candidate runs it. Under {@code partial} an attention op keeps its head width
     * (opWidth / h) and has 1/K of the heads, at least one: the score work of a head (its T × T
     * products, mask and softmax) does not shrink with its channels, so with all h heads on 1/K
     * of the channels attention was 36% of a partial step (JFR, 2026-12-02) and the step was about
     * 2× faster than softmax's instead of nearer K×. Only the heads change: the weights are the
     * same shape, and the derived network gets the op as named.
     */
    public String candidateOp(String op) {
        if (!isPartial() || !OpNames.isAttention(op)) {
            return op;
        }
        int heads = OpNames.resolve(op).arg();
        return op.substring(0, op.lastIndexOf('_') + 1) + Math.max(1, heads / partialK);
    }

    /** The candidates on every encoder edge. */
    public List<String> encoderCandidates() {
        if (encoderOps != null) {
            return encoderOps;
        }
        return ops.stream().filter(op -> !OpNames.isDecoderOnly(op)).toList();
    }

    /** The candidates on every decoder edge. */
    public List<String> decoderCandidates() {
        return decoderOps != null ? decoderOps : ops;
    }

    /** Checks every name against the registry at the op width; needs at least one usable op per stack. */
    public void validate(int opWidth) {
        if (isPartial() && opWidth % partialK != 0) {
            throw InvalidInputException.at("searchSpace.partialK", "searchSpace.partialK " + partialK + " does not divide the op width " + opWidth
                    + " (hidden / splits); the partial channels must be a whole number");
        }
        int width = candidateWidth(opWidth);
        for (String field : List.of("encoder", "decoder")) {
            String where = "searchSpace." + (ops != null ? "ops" : field + "Ops");
            List<String> candidates;
            try {
                candidates = field.equals("encoder") ? encoderCandidates() : decoderCandidates(); // an unknown name fails here
            } catch (InvalidInputException e) {
                throw InvalidInputException.at(where, where + ": " + e.getMessage());
            }
            if (candidates.isEmpty()) {
                throw InvalidInputException.at(where, where + " leaves the " + field + " without candidate ops");
            }
            if (new LinkedHashSet<>(candidates).size() != candidates.size()) {
                throw InvalidInputException.at(where, where + " lists an op twice: " + candidates);
            }
            for (String op : candidates) {
                check(op, opWidth, where, ""); // as the derived network builds it
                if (isPartial()) {
                    check(candidateOp(op), width, where, " (under partial the ops run at hidden / splits / partialK)");
                }
            }
            if (candidates.stream().allMatch(op -> op.equals("zero"))) {
                throw InvalidInputException.at(where, where + " has only 'zero' for the " + field + "; derivation needs another op");
            }
        }
        if (decoderCandidates().stream().noneMatch(OpNames::isCrossAttention)) {
            throw InvalidInputException.at("searchSpace." + (ops != null ? "ops" : "decoderOps"), "searchSpace: the decoder candidates include no cross_attn_<h> op, "
                    + "but every derived decoder cell must keep one");
        }
    }

    private static void check(String op, int width, String where, String note) {
        try {
            OpNames.check(op, width);
        } catch (InvalidInputException e) {
            throw InvalidInputException.at(where, where + ": " + e.getMessage() + note);
        }
    }

    /** The edges of a cell: for node k = 1..m, every j &lt; k. */
    public List<int[]> edges() {
        List<int[]> edges = new ArrayList<>();
        for (int k = 1; k <= nodes; k++) {
            for (int j = 0; j < k; j++) {
                edges.add(new int[] {j, k});
            }
        }
        return edges;
    }
}
