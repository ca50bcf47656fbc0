package dev.revnas.search;

import dev.revnas.model.Cell;
import dev.revnas.model.CellFactory;
import dev.revnas.ops.Init;
import dev.revnas.ops.Op;
import dev.revnas.ops.OpRegistry;
import java.util.ArrayList;
import java.util.List;

/** The supernet's cells: a MixedOp over the stack's candidates on every edge j → k (design §4). */
public record SearchCells(SearchSpace space, Alphas alphas, double dropout) implements CellFactory {

    @Override
    public Op cell(Init init, String name, int width, int modelWidth, boolean decoder, int layer) {
        List<String> candidates = decoder ? space.decoderCandidates() : space.encoderCandidates();
        String stack = decoder ? Alphas.DECODER : Alphas.ENCODER;
        int alphaLayer = space.perLayerAlpha() ? layer : -1;
        List<List<Cell.Edge>> nodes = new ArrayList<>();
        for (int k = 1; k <= space.nodes(); k++) {
            List<Cell.Edge> edges = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                List<Op> ops = new ArrayList<>(candidates.size());
                for (String op : candidates) {
                    var site = new OpRegistry.Site(init, name + ".n" + k + ".e" + j + "." + op, width, modelWidth, decoder, dropout);
                    ops.add(OpRegistry.build(op, site));
                }
                edges.add(new Cell.Edge(j, new MixedOp(ops, alphas.edge(init, stack, alphaLayer, k, j, candidates.size()))));
            }
            nodes.add(edges);
        }
        return new Cell(nodes);
    }
}
