package dev.revnas.data;

import dev.revnas.corpus.SentencePair;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Normalises and filters sentence pairs; the same input always gives the same output, in input order. */
public final class CorpusCleaner {
    private final CleaningConfig config;

    public CorpusCleaner(CleaningConfig config) {
        this.config = config;
    }

    /** The kept pairs (normalised, first occurrence of duplicates) and the counts of what was dropped. */
    public record Result(List<SentencePair> pairs, CleaningReport report) {}

    public Result clean(List<SentencePair> pairs) {
        List<SentencePair> kept = new ArrayList<>();
        Map<DropReason, Integer> dropped = new EnumMap<>(DropReason.class);
        Set<SentencePair> seen = new HashSet<>();
        for (SentencePair raw : pairs) {
            SentencePair pair = new SentencePair(TextNormalizer.normalize(raw.source()), TextNormalizer.normalize(raw.target()));
            DropReason reason = reasonToDrop(pair);
            if (reason == null && config.deduplicate() && !seen.add(pair)) {
                reason = DropReason.DUPLICATE;
            }
            if (reason == null) {
                kept.add(pair);
            } else {
                dropped.merge(reason, 1, Integer::sum);
            }
        }
        return new Result(kept, new CleaningReport(pairs.size(), kept.size(), dropped));
    }

    private DropReason reasonToDrop(SentencePair pair) {
        if (pair.source().isEmpty() || pair.target().isEmpty()) {
            return DropReason.EMPTY;
        }
        int s = tokens(pair.source());
        int t = tokens(pair.target());
        if (s < config.minTokens() || t < config.minTokens()) {
            return DropReason.TOO_SHORT;
        }
        if (s > config.maxTokens() || t > config.maxTokens()) {
            return DropReason.TOO_LONG;
        }
        if (s > config.maxRatio() * t || t > config.maxRatio() * s) {
            return DropReason.LENGTH_RATIO;
        }
        return null;
    }

    /** Normalised text has single spaces between tokens and none at the ends. */
    private static int tokens(String normalized) {
        int n = 1;
        for (int i = 0; i < normalized.length(); i++) {
            if (normalized.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
