package dev.revnas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.corpus.CorpusDirectory;
import dev.revnas.corpus.SentencePair;
import dev.revnas.model.Batch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** A built corpus directory becomes network batches: read, clean, learn a joint vocabulary, encode, batch. */
class PipelineTest {
    @Test
    void aCorpusDirectoryBecomesBatches() {
        CorpusDirectory corpus = CorpusDirectory.open(Fixtures.corpusDir());
        CorpusCleaner cleaner = new CorpusCleaner(CleaningConfig.defaults());
        List<SentencePair> train = cleaner.clean(corpus.split("train").pairs()).pairs();
        List<String> sides = new ArrayList<>();
        train.forEach(p -> {
            sides.add(p.source());
            sides.add(p.target());
        });
        BytePairEncoding bpe = BytePairEncoding.train(sides, BpeConfig.of(500))
                .withProvenance(Map.of("corpus_fingerprint", corpus.manifest().fingerprint()));

        SearchSplit<EncodedPair> halves = SearchSplit.of(bpe.encode(train), 1);
        TokenBatcher weights = new TokenBatcher(halves.weights(), new BatchingConfig(128, 1));
        Batch first = new TokenBatchStream(weights, DataType.FLOAT, BatchPosition.START).next();
        assertTrue(first.size() >= 1 && first.targetInIds().length() <= 128);

        List<SentencePair> valid = cleaner.clean(corpus.split("valid").pairs()).pairs();
        TokenBatcher validation = new TokenBatcher(bpe.encode(valid), new BatchingConfig(128, 1));
        assertEquals(valid.size(), validation.inLengthOrder().stream().mapToInt(b -> b.length).sum());
        for (SentencePair p : valid) {
            assertEquals(p.target(), bpe.decode(bpe.encode(p.target())));
        }
    }
}
