package dev.revnas.data;

import dev.revnas.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The two disjoint halves of the training pairs that DARTS needs: W trains the weights, A the
 * architecture parameters α. Chosen by a seeded shuffle; each half keeps corpus order.
 */
public record SearchSplit<T>(List<T> weights, List<T> alpha) {
    public SearchSplit {
        weights = List.copyOf(weights);
        alpha = List.copyOf(alpha);
    }

    /** W gets the extra item when the count is odd. */
    public static <T> SearchSplit<T> of(List<T> items, long seed) {
        if (items.size() < 2) {
            throw new InvalidInputException("the search needs at least 2 training pairs to split into W and A halves, got " + items.size());
        }
        int[] order = new int[items.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int half = (order.length + 1) / 2;
        int[] w = Arrays.copyOfRange(order, 0, half);
        int[] a = Arrays.copyOfRange(order, half, order.length);
        Arrays.sort(w);
        Arrays.sort(a);
        List<T> weights = new ArrayList<>(w.length);
        List<T> alpha = new ArrayList<>(a.length);
        for (int i : w) {
            weights.add(items.get(i));
        }
        for (int i : a) {
            alpha.add(items.get(i));
        }
        return new SearchSplit<>(weights, alpha);
    }
}
