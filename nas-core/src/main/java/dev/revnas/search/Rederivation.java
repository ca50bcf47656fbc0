package dev.revnas.search;

import dev.revnas.InvalidInputException;
import dev.revnas.config.SearchConfig;
import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.GenotypeJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A finished search derived again from what it recorded (its search.json and the last α of
 * alpha-history.json), so that a derivation rule can be tried without searching again: with
 * the same rules it gives the search's own genotype (a test checks it on the en-de record).
 */
public final class Rederivation {
    private Rederivation() {}

    /** @param decoderContext see {@link Derivation}'s class comment */
    public static Genotype of(Path searchDir, boolean decoderContext) {
        Path configFile = searchDir.resolve(SearchOutputs.CONFIG);
        if (!Files.isRegularFile(configFile)) {
            throw new InvalidInputException(searchDir + " has no " + SearchOutputs.CONFIG + "; is it the output directory of a search?");
        }
        SearchConfig config = SearchConfig.read(configFile);
        if (config.searchSpace().relaxation().equals("partial")) {
            throw new InvalidInputException(searchDir + ": a partial (PC-DARTS) search ranks edges by β as well, which "
                    + SearchOutputs.ALPHAS_JSON + " does not record; it cannot be derived again");
        }
        SearchOutputs.AlphaHistory history = SearchOutputs.alphaHistory(searchDir);
        if (!history.finished() || history.snapshots().isEmpty()) {
            throw new InvalidInputException(searchDir + ": the search has not finished (no " + SearchOutputs.ALPHAS_JSON + ")");
        }
        SearchResult.AlphaSnapshot last = history.snapshots().get(history.snapshots().size() - 1);
        Path recorded = searchDir.resolve(SearchOutputs.GENOTYPE);
        Genotype.Provenance was = Files.isRegularFile(recorded) ? GenotypeJson.read(recorded).provenance() : null;
        List<String> notes = new ArrayList<>();
        notes.add("derived again from the α of step " + last.step() + (decoderContext ? ", every decoder cell reading other target positions" : ""));
        var provenance = new Genotype.Provenance(was == null ? null : was.searchJob(), was == null ? null : was.corpusFingerprint(),
                config.seed(), Instant.now().toString(), was == null ? null : was.config(),
                history.candidates().get(Alphas.DECODER), last.alphas(), notes);
        return Derivation.derive(config.searchSpace(), Alphas.ofWeights(last.alphas()), config.hidden(), config.encoderLayers(),
                config.decoderLayers(), decoderContext, provenance, notes);
    }
}
