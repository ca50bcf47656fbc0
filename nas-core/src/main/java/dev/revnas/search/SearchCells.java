package dev.revnas.search;

import dev.revnas.config.SearchSpace;
import dev.revnas.model.Cell;
import dev.revnas.model.CellFactory;
import dev.revnas.ops.Init;
import dev.revnas.ops.Op;
import dev.revnas.ops.OpRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The supernet's cells: a MixedOp over the stack's candidates on every edge j → k (design §4),
 * relaxed as the search space says: DARTS's softmax, GDAS's Gumbel draw ({@code sampler}), or
 * PC-DARTS's partial channels with edge normalisation.
 *
 * @param sampler GDAS's draw shared by every edge, which the search loop anneals; null unless {@code gumbel}
 */
public record SearchCells(SearchSpace space, Alphas alphas, double dropout, GumbelSampler sampler) implements CellFactory {

    public SearchCells(SearchSpace space, Alphas alphas, double dropout) {
        this(space, alphas, dropout, space.isGumbel() ? new GumbelSampler(space.tauMax(), space.tauMin()) : null);
    }

    @Override
    public Op cell(Init init, String name, int width, int modelWidth, boolean decoder, int layer) {
        List<String> candidates = decoder ? space.decoderCandidates() : space.encoderCandidates();
        String stack = decoder ? Alphas.DECODER : Alphas.ENCODER;
        int alphaLayer = space.perLayerAlpha() ? layer : -1;
        int opWidth = space.candidateWidth(width);
        List<List<Cell.Edge>> nodes = new ArrayList<>();
        for (int k = 1; k <= space.nodes(); k++) {
            List<Cell.Edge> edges = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                List<Op> ops = new ArrayList<>(candidates.size());
                for (String op : candidates) {
                    var site = new OpRegistry.Site(init, name + ".n" + k + ".e" + j + "." + op, opWidth, modelWidth, decoder, dropout);
                    ops.add(OpRegistry.build(space.candidateOp(op), site)); // named as the op, built as partial runs it
                }
                MixedOp mixed = new MixedOp(ops, alphas.edge(init, stack, alphaLayer, k, j, candidates.size()), sampler);
                // Node 1 has one incoming edge: its β would be a constant softmax of one logit, so it has none.
                Op edge = space.isPartial()
                        ? new PartialChannelOp(mixed, space.partialK(), k > 1 ? alphas.node(init, stack, alphaLayer, k) : null, j)
                        : mixed;
                edges.add(new Cell.Edge(j, edge));
            }
            nodes.add(edges);
        }
        return new Cell(nodes);
    }
}
