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
    private final EncoderDecoder model;
    private final BytePairEncoding bpe;
    private final BeamSearch search;
    private final int maxSourcePieces;

    public Translator(EncoderDecoder model, BytePairEncoding bpe, DecodingSettings settings, int maxSourcePieces) {
        this.model = model;
        this.bpe = bpe;
        this.search = new BeamSearch(model, settings, bpe.vocabulary().special(), true);
        this.maxSourcePieces = maxSourcePieces;
    }

    public EncoderDecoder model() {
        return model;
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
