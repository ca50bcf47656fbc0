package dev.revnas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.config.SearchSpace;
import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.GenotypeJson;
import dev.revnas.genotype.OpNames;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomGenotypeTest {
    private static final List<String> OPS = List.of("zero", "identity", "ffn", "conv_3", "self_attn_2", "cross_attn_2");

    private static SearchSpace space(int nodes, int edgesPerNode, boolean perLayer) {
        return new SearchSpace(OPS, null, null, 2, nodes, edgesPerNode, perLayer, null, null, null, null);
    }

    @Test
    void aSampleHasTheSearchedShapeWithEveryNodeLiveAndACrossAttentionInEveryDecoderCell() {
        for (long seed = 0; seed < 50; seed++) {
            for (SearchSpace space : List.of(space(2, 2, false), space(3, 1, true), space(4, 2, false))) {
                Genotype g = RandomGenotype.sample(space, 16, 2, 3, seed);
                GenotypeJson.validate(GenotypeJson.parse(GenotypeJson.write(g), "written"), "reloaded");
                assertEquals(space.perLayerAlpha() ? 2 : 1, g.encoder().cells().size());
                assertEquals(space.perLayerAlpha() ? 3 : 1, g.decoder().cells().size());
                for (Genotype.Stack stack : List.of(g.encoder(), g.decoder())) {
                    for (Genotype.CellSpec cell : stack.cells()) {
                        assertEquals(space.nodes(), cell.nodes().size());
                        for (int k = 1; k <= space.nodes(); k++) {
                            List<Genotype.Edge> edges = cell.nodes().get(k - 1);
                            assertEquals(Math.min(space.edgesPerNode(), k), edges.stream().map(Genotype.Edge::from).distinct().count());
                            assertTrue(edges.stream().noneMatch(e -> e.op().equals("zero")));
                        }
                        for (boolean live : Genotype.live(cell)) {
                            assertTrue(live, "a dead node in " + cell);
                        }
                    }
                }
                g.decoder().cells().forEach(c -> assertTrue(c.nodes().stream().flatMap(List::stream)
                        .anyMatch(e -> OpNames.isCrossAttention(e.op())), "no cross-attention in " + c));
                g.encoder().cells().forEach(c -> assertTrue(c.nodes().stream().flatMap(List::stream)
                        .noneMatch(e -> OpNames.isDecoderOnly(e.op()))));
            }
        }
    }

    @Test
    void theSeedDecidesTheSampleAndEveryNonZeroOpIsDrawn() {
        SearchSpace space = space(2, 2, false);
        assertEquals(GenotypeJson.write(RandomGenotype.sample(space, 16, 1, 1, 5)),
                GenotypeJson.write(RandomGenotype.sample(space, 16, 1, 1, 5)));
        assertNotEquals(GenotypeJson.write(RandomGenotype.sample(space, 16, 1, 1, 5)),
                GenotypeJson.write(RandomGenotype.sample(space, 16, 1, 1, 6)));
        Set<String> drawn = new HashSet<>();
        for (long seed = 0; seed < 100; seed++) {
            RandomGenotype.sample(space, 16, 1, 1, seed).decoder().cells().get(0).nodes()
                    .forEach(node -> node.forEach(e -> drawn.add(e.op())));
        }
        assertEquals(Set.of("identity", "ffn", "conv_3", "self_attn_2", "cross_attn_2"), drawn);
    }
}
