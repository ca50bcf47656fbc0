package dev.revnas.translate.batch;

import dev.revnas.artifact.ModelArtifact;
import dev.revnas.data.BytePairEncoding;
import dev.revnas.data.TextNormalizer;
import dev.revnas.decode.BeamSearch;
import dev.revnas.decode.StepModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes one micro-batch with nas-core's batched beam search over the model's engine
 * ({@link DecodeEngine}), as {@link dev.revnas.decode.Translator} does, but also counting the
 * tokens generated (for tokens/s). Used by one thread only.
 */
final class BatchDecoder {
    /** Sources longer than this many subwords are cut, as the CLI's translate does. */
    static final int MAX_SOURCE_PIECES = 250;

    record Decoded(List<String> translations, long generatedTokens) {}

    private final ModelArtifact.Loaded model;
    private final StepModel steps;
    private final int maxSentences;
    private final Map<DecodeSettings, BeamSearch> searches = new HashMap<>();

    BatchDecoder(ModelArtifact.Loaded model, StepModel steps, int maxSentences) {
        this.model = model;
        this.steps = steps;
        this.maxSentences = maxSentences;
    }

    Decoded decode(List<String> sentences, DecodeSettings settings) {
        BytePairEncoding bpe = model.vocabulary();
        BeamSearch search = searches.computeIfAbsent(settings, s -> new BeamSearch(steps,
                s.resolve(model.manifest().decoding()), bpe.vocabulary().special()));
        List<int[]> sources = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            int[] ids = bpe.encode(TextNormalizer.normalize(s));
            sources.add(ids.length > MAX_SOURCE_PIECES ? Arrays.copyOf(ids, MAX_SOURCE_PIECES) : ids);
        }
        // One request may bring more than a batch: decode in chunks of similar length (less padding).
        Integer[] order = new Integer[sources.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> sources.get(i).length));
        String[] out = new String[sources.size()];
        long tokens = 0;
        for (int start = 0; start < order.length; start += maxSentences) {
            int end = Math.min(order.length, start + maxSentences);
            List<int[]> chunk = new ArrayList<>(end - start);
            for (int k = start; k < end; k++) {
                chunk.add(sources.get(order[k]));
            }
            List<BeamSearch.Hypothesis> best = search.search(chunk);
            for (int k = start; k < end; k++) {
                int[] ids = best.get(k - start).tokens();
                out[order[k]] = bpe.decode(ids);
                tokens += ids.length + 1; // + EOS
            }
        }
        return new Decoded(Arrays.asList(out), tokens);
    }
}
