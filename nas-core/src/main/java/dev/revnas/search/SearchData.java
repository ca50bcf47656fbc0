package dev.revnas.search;

import dev.revnas.InvalidInputException;
import dev.revnas.data.BatchPosition;
import dev.revnas.data.BatchStream;
import dev.revnas.data.BatchingConfig;
import dev.revnas.data.EncodedPair;
import dev.revnas.data.PreparedCorpus;
import dev.revnas.data.SearchSplit;
import dev.revnas.data.TokenBatchStream;
import dev.revnas.data.TokenBatcher;
import dev.revnas.model.Batch;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The data of a search: two disjoint halves of the training pairs, W for the weights and A
 * for α (design §5), batches for validation, and the corpus identity for provenance.
 */
public record SearchData(int vocab, BatchStream weightBatches, BatchStream alphaBatches, List<Batch> validation,
        String corpusFingerprint) {

    /** Splits the training pairs into disjoint W and A halves (seeded) and batches all three sets. */
    public static SearchData of(PreparedCorpus corpus, int batchTokens, long seed, DataType type) {
        SearchSplit<EncodedPair> halves = SearchSplit.of(corpus.train(), seed);
        if (halves.weights().isEmpty() || halves.alpha().isEmpty()) {
            throw new InvalidInputException("the corpus has " + corpus.train().size()
                    + " usable training pairs; the search needs at least 2 (one for each half)");
        }
        TokenBatcher weights = new TokenBatcher(halves.weights(), new BatchingConfig(batchTokens, seed));
        TokenBatcher arch = new TokenBatcher(halves.alpha(), new BatchingConfig(batchTokens, seed + 1));
        List<Batch> validation = new ArrayList<>();
        if (!corpus.valid().isEmpty()) {
            TokenBatcher valid = new TokenBatcher(corpus.valid(), new BatchingConfig(batchTokens, seed));
            valid.inLengthOrder().forEach(indices -> validation.add(valid.batch(indices, type)));
        }
        return new SearchData(corpus.vocabSize(), new TokenBatchStream(weights, type, BatchPosition.START),
                new TokenBatchStream(arch, type, BatchPosition.START), validation, corpus.fingerprint());
    }
}
