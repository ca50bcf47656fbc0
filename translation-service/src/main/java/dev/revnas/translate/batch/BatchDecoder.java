package dev.revnas.translate.batch;

import dev.revnas.data.BytePairEncoding;
import dev.revnas.data.TextNormalizer;
import dev.revnas.decode.BeamSearch;
import dev.revnas.train.ModelArtifact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes one micro-batch with nas-core's batched beam search, as {@link dev.revnas.decode.Translator}
 * does, but also counting the tokens generated (for tokens/s). Used by one thread only.
 */
final class BatchDecoder {
    /** Sources longer than this many subwords are cut, as the CLI's translate does. */
    static final int MAX_SOURCE_PIECES = 250;

    record Decoded(List<String> translations, long generatedTokens) {}

    private final ModelArtifact.Loaded model;
    private final Map<DecodeSettings, BeamSearch> searches = new HashMap<>();

    BatchDecoder(ModelArtifact.Loaded model) {
        this.model = model;
    }

    Decoded decode(List<String> sentences, DecodeSettings settings) {
        BytePairEncoding bpe = model.vocabulary();
        BeamSearch search = searches.computeIfAbsent(settings, s -> new BeamSearch(model.model(),
                s.resolve(model.manifest().decoding()), bpe.vocabulary().special(), true));
        List<int[]> sources = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            int[] ids = bpe.encode(TextNormalizer.normalize(s));
            sources.add(ids.length > MAX_SOURCE_PIECES ? Arrays.copyOf(ids, MAX_SOURCE_PIECES) : ids);
        }
        List<BeamSearch.Hypothesis> best = search.search(sources);
        List<String> out = new ArrayList<>(best.size());
        long tokens = 0;
        for (BeamSearch.Hypothesis h : best) {
            out.add(bpe.decode(h.tokens()));
            tokens += h.tokens().length + 1; // + EOS
        }
        return new Decoded(out, tokens);
    }
}
