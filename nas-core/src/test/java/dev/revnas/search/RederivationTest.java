package dev.revnas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.InvalidInputException;
import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.GenotypeJson;
import dev.revnas.genotype.OpNames;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the committed record of the experiment's en-de search (docs/experiments/en-de/search). */
class RederivationTest {
    private static final Path RECORD = Path.of("..", "docs", "experiments", "en-de", "search");

    @Test
    void theSameRulesGiveTheSearchsOwnGenotype() {
        Genotype recorded = GenotypeJson.read(RECORD.resolve(SearchOutputs.GENOTYPE));
        Genotype again = Rederivation.of(RECORD, false);
        assertEquals(recorded.encoder(), again.encoder());
        assertEquals(recorded.decoder(), again.decoder());
        assertEquals(recorded.hidden(), again.hidden());
        assertEquals(recorded.provenance().corpusFingerprint(), again.provenance().corpusFingerprint());
    }

    @Test
    void withDecoderContextTheDecoderCellReadsEarlierTargetPositionsAndKeepsItsCrossAttention() {
        Genotype recorded = GenotypeJson.read(RECORD.resolve(SearchOutputs.GENOTYPE));
        Genotype context = Rederivation.of(RECORD, true);
        List<String> ops = context.decoder().cells().get(0).nodes().stream().flatMap(List::stream).map(Genotype.Edge::op).toList();
        assertTrue(ops.stream().anyMatch(OpNames::mixesPositions) && ops.stream().anyMatch(OpNames::isCrossAttention), ops.toString());
        assertNotEquals(recorded.decoder(), context.decoder());
        assertEquals(recorded.encoder(), context.encoder());
        assertTrue(context.provenance().notes().stream().anyMatch(n -> n.startsWith("decoder: no op that reads other target positions")),
                context.provenance().notes().toString());
        GenotypeJson.validate(context, "derived again");
    }

    @Test
    void aDirectoryThatIsNoSearchIsRefusedNamingIt(@TempDir Path dir) {
        var e = assertThrows(InvalidInputException.class, () -> Rederivation.of(dir, true));
        assertTrue(e.getMessage().contains(dir + " has no search.json"), e.getMessage());
    }
}
