package dev.revnas.data;

import dev.revnas.InvalidInputException;
import dev.revnas.model.Batch;
import dev.revnas.model.SpecialTokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Groups encoded pairs into batches under a token budget, fairseq style: each epoch shuffles
 * the pairs, sorts them by (target, source) length (the shuffle only breaks ties, so similar
 * lengths share a batch and padding stays small), cuts batches greedily, then shuffles the
 * batch order. Everything follows from (seed, epoch), so an epoch's batches can be rebuilt
 * exactly on resume. Every pair lands in exactly one batch per epoch.
 */
public final class TokenBatcher {
    /** Lengths go into 15 bits of a sort key. */
    private static final int MAX_LENGTH = (1 << 15) - 1;

    private final List<EncodedPair> pairs;
    private final BatchingConfig config;

    public TokenBatcher(List<EncodedPair> pairs, BatchingConfig config) {
        if (pairs.isEmpty()) {
            throw new InvalidInputException("no sentence pairs to batch");
        }
        for (int i = 0; i < pairs.size(); i++) {
            EncodedPair p = pairs.get(i);
            int longest = Math.max(p.source().length, p.target().length) + 1;
            if (longest > config.maxTokens() || longest > MAX_LENGTH) {
                throw new InvalidInputException("pair " + i + " (" + p.source().length + " source, " + p.target().length
                        + " target tokens) does not fit max tokens " + config.maxTokens() + "; filter long pairs or raise the budget");
            }
        }
        this.pairs = List.copyOf(pairs);
        this.config = config;
    }

    public int size() {
        return pairs.size();
    }

    public EncodedPair pair(int index) {
        return pairs.get(index);
    }

    /** The batches of an epoch in training order, each as indices into the pairs. */
    public List<int[]> epoch(int epoch) {
        SplittableRandom random = new SplittableRandom(config.seed() ^ (0x9E3779B97F4A7C15L * (epoch + 1L)));
        int[] order = new int[pairs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        shuffle(order, random);
        List<int[]> batches = cut(order);
        for (int i = batches.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int[] t = batches.get(i);
            batches.set(i, batches.get(j));
            batches.set(j, t);
        }
        return batches;
    }

    /** Batches in length order without shuffling, for validation and test data. */
    public List<int[]> inLengthOrder() {
        int[] order = new int[pairs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        return cut(order);
    }

    /** The padded batch of the given pairs, as the network reads it. */
    public Batch batch(int[] indices, DataType type) {
        List<int[]> sources = new ArrayList<>(indices.length);
        List<int[]> targets = new ArrayList<>(indices.length);
        for (int i : indices) {
            sources.add(pairs.get(i).source());
            targets.add(pairs.get(i).target());
        }
        return Batch.of(sources, targets, SpecialTokens.DEFAULT, type);
    }

    /** Sorts {@code order} by (target length, source length, position in order), then fills batches greedily. */
    private List<int[]> cut(int[] order) {
        long[] keys = new long[order.length];
        for (int k = 0; k < order.length; k++) {
            EncodedPair p = pairs.get(order[k]);
            keys[k] = ((long) p.target().length << 47) | ((long) p.source().length << 32) | k;
        }
        Arrays.sort(keys);
        List<int[]> batches = new ArrayList<>();
        int[] current = new int[keys.length];
        int count = 0;
        int longestSource = 0;
        int longestTarget = 0;
        for (long key : keys) {
            int index = order[(int) (key & 0xFFFFFFFFL)];
            int source = pairs.get(index).source().length + 1;
            int target = pairs.get(index).target().length + 1;
            int s = Math.max(longestSource, source);
            int t = Math.max(longestTarget, target);
            if (count > 0 && ((long) (count + 1) * s > config.maxTokens() || (long) (count + 1) * t > config.maxTokens())) {
                batches.add(Arrays.copyOf(current, count));
                count = 0;
                s = source;
                t = target;
            }
            current[count++] = index;
            longestSource = s;
            longestTarget = t;
        }
        batches.add(Arrays.copyOf(current, count));
        return batches;
    }

    private static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
