package dev.revnas.corpus;

import java.util.List;

/**
 * Aligned sentence pairs as read from disk. {@code origin} names the files (for messages and
 * provenance); {@code fingerprint} is the corpus directory's manifest fingerprint, null for
 * files read directly; {@code skippedLong} counts pairs dropped for an over-long line.
 */
public record ParallelCorpus(String sourceLanguage, String targetLanguage, List<SentencePair> pairs,
                             String origin, String fingerprint, int skippedLong) {
    public ParallelCorpus {
        pairs = List.copyOf(pairs);
    }

    public int size() {
        return pairs.size();
    }
}
