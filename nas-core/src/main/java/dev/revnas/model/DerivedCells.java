package dev.revnas.model;

import dev.revnas.genotype.Genotype;
import dev.revnas.ops.Init;
import dev.revnas.ops.Op;
import dev.revnas.ops.OpRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a derived network: the genotype's discrete ops on its kept edges, at any
 * width and depth (a searched cell may be scaled up from the search size).
 */
public record DerivedCells(Genotype genotype, int encoderLayers, int decoderLayers, double dropout) implements CellFactory {

    @Override
    public Op cell(Init init, String name, int width, int modelWidth, boolean decoder, int layer) {
        Genotype.Stack stack = decoder ? genotype.decoder() : genotype.encoder();
        Genotype.CellSpec spec = Genotype.cellFor(stack, layer, decoder ? decoderLayers : encoderLayers);
        List<List<Cell.Edge>> nodes = new ArrayList<>();
        for (int k = 1; k <= spec.nodes().size(); k++) {
            List<Cell.Edge> edges = new ArrayList<>();
            for (Genotype.Edge e : spec.nodes().get(k - 1)) {
                var site = new OpRegistry.Site(init, name + ".n" + k + ".e" + e.from() + "." + e.op(), width, modelWidth, decoder, dropout);
                edges.add(new Cell.Edge(e.from(), OpRegistry.build(e.op(), site)));
            }
            nodes.add(edges);
        }
        return new Cell(nodes);
    }
}
