package dev.revnas.search;

import dev.revnas.model.Batch;
import dev.revnas.data.BatchStream;
import java.util.List;

/**
 * The data of a search: two disjoint halves of the training pairs, W for the weights and A
 * for α (design §5), batches for validation, and the corpus identity for provenance.
 */
public record SearchData(int vocab, BatchStream weightBatches, BatchStream archBatches, List<Batch> validation,
        String corpusFingerprint) {}
