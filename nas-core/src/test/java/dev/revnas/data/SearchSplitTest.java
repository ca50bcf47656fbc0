package dev.revnas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** W and A halves are disjoint, cover the pairs, and depend only on the seed. */
class SearchSplitTest {
    private static final List<Integer> ITEMS = IntStream.range(0, 101).boxed().toList();

    @Test
    void halvesAreDisjointAndCoverEverything() {
        SearchSplit<Integer> split = SearchSplit.of(ITEMS, 3);
        assertEquals(51, split.weights().size());
        assertEquals(50, split.alpha().size());
        Set<Integer> all = new HashSet<>(split.weights());
        split.alpha().forEach(a -> assertTrue(all.add(a)));
        assertEquals(new HashSet<>(ITEMS), all);
        assertEquals(split.weights().stream().sorted().toList(), split.weights());
    }

    @Test
    void theSameSeedGivesTheSameHalves() {
        assertEquals(SearchSplit.of(ITEMS, 3), SearchSplit.of(new ArrayList<>(ITEMS), 3));
        assertNotEquals(SearchSplit.of(ITEMS, 3), SearchSplit.of(ITEMS, 4));
    }
}
