package dev.revnas.data;

import dev.revnas.InvalidInputException;
import dev.revnas.corpus.CorpusDirectory;
import dev.revnas.corpus.CorpusManifest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A built corpus directory made ready for the network: cleaned, a joint BPE vocabulary learnt
 * on its training split (or one given), encoded, and pairs longer than {@code maxPieces}
 * subwords on either side dropped so that every pair fits a batch.
 *
 * @param droppedLong training pairs dropped for having more than {@code maxPieces} subwords
 */
public record PreparedCorpus(CorpusManifest manifest, BytePairEncoding bpe, List<EncodedPair> train,
        List<EncodedPair> valid, CleaningReport trainCleaning, int droppedLong) {

    /** Learns a vocabulary of {@code vocabSize} pieces on the cleaned training split. */
    public static PreparedCorpus prepare(Path dir, int vocabSize, int maxPieces) {
        return prepare(dir, null, vocabSize, maxPieces);
    }

    /** Uses an existing vocabulary (a model's, or a search's) instead of learning one. */
    public static PreparedCorpus prepare(Path dir, BytePairEncoding vocabulary, int maxPieces) {
        return prepare(dir, vocabulary, 0, maxPieces);
    }

    private static PreparedCorpus prepare(Path dir, BytePairEncoding given, int vocabSize, int maxPieces) {
        CorpusDirectory corpus = CorpusDirectory.open(dir);
        CorpusCleaner cleaner = new CorpusCleaner(CleaningConfig.defaults());
        CorpusCleaner.Result train = cleaner.clean(corpus.split("train").pairs());
        if (train.pairs().isEmpty()) {
            throw new InvalidInputException(dir + ": no training pairs are left after cleaning (" + train.report() + ")");
        }
        BytePairEncoding bpe = given;
        if (bpe == null) {
            List<String> sides = new ArrayList<>(2 * train.pairs().size());
            train.pairs().forEach(p -> {
                sides.add(p.source());
                sides.add(p.target());
            });
            bpe = BytePairEncoding.train(sides, BpeConfig.of(vocabSize))
                    .withProvenance(Map.of("corpus_fingerprint", corpus.manifest().fingerprint(), "pair", corpus.manifest().pair()));
        }
        List<EncodedPair> encoded = bpe.encode(train.pairs());
        List<EncodedPair> kept = fitting(encoded, maxPieces);
        if (kept.isEmpty()) {
            throw new InvalidInputException(dir + ": every training pair is longer than " + maxPieces + " subwords");
        }
        List<EncodedPair> valid = fitting(bpe.encode(cleaner.clean(corpus.split("valid").pairs()).pairs()), maxPieces);
        return new PreparedCorpus(corpus.manifest(), bpe, kept, valid, train.report(), encoded.size() - kept.size());
    }

    private static List<EncodedPair> fitting(List<EncodedPair> pairs, int maxPieces) {
        return pairs.stream().filter(p -> p.source().length <= maxPieces && p.target().length <= maxPieces).toList();
    }

    public int vocabSize() {
        return bpe.vocabulary().size();
    }

    public String fingerprint() {
        return manifest.fingerprint();
    }
}
