package dev.revnas.debian;

import dev.revnas.InvalidInputException;
import dev.revnas.corpus.AlignedPair;
import dev.revnas.corpus.Sentences;
import dev.revnas.corpus.Split;
import dev.revnas.io.Sha256;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Deterministic train/valid/test assignment: a pair's unit (its normalised source, or its chapter) is
 * hashed with SHA-256, and the first 53 bits, read as a fraction of one, pick the split. The hash has
 * no salt, so one English sentence lands in the same split in every language pair.
 */
public record Splitter(double validFraction, double testFraction) {
    public Splitter {
        if (!(validFraction > 0 && testFraction > 0 && validFraction + testFraction < 1)) {
            throw new InvalidInputException("split fractions valid " + validFraction + " and test " + testFraction
                    + " must be positive and sum to less than 1");
        }
    }

    /** The pairs of each split, in input order. */
    public record Result(Map<Split, List<AlignedPair>> splits, long droppedOverlap) {}

    public Split splitOf(String unit) {
        double u = fraction(unit);
        return u < validFraction ? Split.VALID : u < validFraction + testFraction ? Split.TEST : Split.TRAIN;
    }

    /**
     * Assigns every pair by its unit. A held-out pair whose normalised source also occurs in an earlier
     * split (train before valid before test) is dropped, so that no normalised source is in two splits;
     * moving it instead would put a held-out chapter's verse into training.
     */
    public Result assign(List<AlignedPair> pairs) {
        List<Split> splitOfPair = new ArrayList<>(pairs.size());
        List<String> keys = new ArrayList<>(pairs.size());
        Map<String, Split> firstSplit = new HashMap<>();
        for (AlignedPair p : pairs) {
            Split s = splitOf(p.unit());
            String key = Sentences.key(p.source());
            splitOfPair.add(s);
            keys.add(key);
            firstSplit.merge(key, s, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        Map<Split, List<AlignedPair>> out = new EnumMap<>(Split.class);
        for (Split s : Split.values()) {
            out.put(s, new ArrayList<>());
        }
        long dropped = 0;
        for (int i = 0; i < pairs.size(); i++) {
            Split s = splitOfPair.get(i);
            if (firstSplit.get(keys.get(i)) == s) {
                out.get(s).add(pairs.get(i));
            } else {
                dropped++;
            }
        }
        return new Result(out, dropped);
    }

    static double fraction(String unit) {
        byte[] digest = Sha256.of(unit.getBytes(StandardCharsets.UTF_8));
        return (ByteBuffer.wrap(digest).getLong() >>> 11) * 0x1.0p-53;
    }
}
