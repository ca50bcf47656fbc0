package dev.revnas.decode;

import dev.revnas.config.DecodingSettings;
import dev.revnas.data.BytePairEncoding;
import dev.revnas.data.TextNormalizer;
import dev.revnas.model.EncoderDecoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Text in, text out: normalises and encodes sentences with the model's vocabulary, decodes
 * them in batches of similar length with beam search, and turns the ids back into text.
 * Sources longer than {@code maxSourcePieces} subwords are cut there.
 */
public final class Translator {
    private final BytePairEncoding bpe;
    private final BeamSearch search;
    private final int maxSourcePieces;

    /** Decodes with ND4J and the incremental cache. */
    public Translator(EncoderDecoder model, BytePairEncoding bpe, DecodingSettings settings, int maxSourcePieces) {
        this(new Nd4jSteps(model, bpe.vocabulary().special(), true), bpe, settings, maxSourcePieces);
    }

    /** Decodes with {@code steps}' engine. */
    public Translator(StepModel steps, BytePairEncoding bpe, DecodingSettings settings, int maxSourcePieces) {
        this.bpe = bpe;
        this.search = new BeamSearch(steps, settings, bpe.vocabulary().special());
        this.maxSourcePieces = maxSourcePieces;
    }

    public List<String> translate(List<String> sentences, int batchSize) {
        return translate(sentences, batchSize, done -> {});
    }

    /** Translations in input order; {@code progress} receives the number of sentences finished so far. */
    public List<String> translate(List<String> sentences, int batchSize, IntConsumer progress) {
        List<int[]> encoded = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            int[] ids = bpe.encode(TextNormalizer.normalize(s));
            encoded.add(ids.length > maxSourcePieces ? Arrays.copyOf(ids, maxSourcePieces) : ids);
        }
        Integer[] order = new Integer[encoded.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> encoded.get(i).length));
        String[] out = new String[sentences.size()];
        int done = 0;
        for (int start = 0; start < order.length; start += batchSize) {
            List<int[]> batch = new ArrayList<>();
            int end = Math.min(order.length, start + batchSize);
            for (int k = start; k < end; k++) {
                batch.add(encoded.get(order[k]));
            }
            List<BeamSearch.Hypothesis> best = search.search(batch);
            for (int k = start; k < end; k++) {
                out[order[k]] = bpe.decode(best.get(k - start).tokens());
            }
            done += end - start;
            progress.accept(done);
        }
        return Arrays.asList(out);
    }
}
