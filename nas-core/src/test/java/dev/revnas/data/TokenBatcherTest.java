package dev.revnas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.InvalidInputException;
import dev.revnas.model.Batch;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** Token batches respect the budget, cover every pair once an epoch, and resume exactly. */
class TokenBatcherTest {
    private static final int MAX_TOKENS = 64;

    /** 500 pairs of 1..40 source and 1..45 target tokens. */
    private static List<EncodedPair> pairs() {
        SplittableRandom random = new SplittableRandom(7);
        List<EncodedPair> pairs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int s = 1 + random.nextInt(40);
            int t = Math.max(1, s + random.nextInt(11) - 5);
            pairs.add(new EncodedPair(random.ints(s, 4, 100).toArray(), random.ints(t, 4, 100).toArray()));
        }
        return pairs;
    }

    private static final TokenBatcher BATCHER = new TokenBatcher(pairs(), new BatchingConfig(MAX_TOKENS, 42));

    @Test
    void everyBatchStaysWithinTheBudgetIncludingBosAndEos() {
        for (int epoch = 0; epoch < 3; epoch++) {
            for (int[] b : BATCHER.epoch(epoch)) {
                int longestSource = 0;
                int longestTarget = 0;
                for (int i : b) {
                    longestSource = Math.max(longestSource, BATCHER.pair(i).source().length + 1);
                    longestTarget = Math.max(longestTarget, BATCHER.pair(i).target().length + 1);
                }
                assertTrue(b.length * longestSource <= MAX_TOKENS && b.length * longestTarget <= MAX_TOKENS);
            }
        }
    }

    @Test
    void networkBatchesHoldAtMostMaxTokensPositions() {
        for (int[] indices : BATCHER.epoch(0).subList(0, 20)) {
            Batch batch = BATCHER.batch(indices, DataType.FLOAT);
            assertEquals(indices.length, batch.size());
            assertTrue(batch.sourceIds().length() <= MAX_TOKENS);
            assertTrue(batch.targetInIds().length() <= MAX_TOKENS);
        }
    }

    @Test
    void everyPairAppearsExactlyOncePerEpoch() {
        for (int epoch = 0; epoch < 3; epoch++) {
            int[] seen = new int[BATCHER.size()];
            BATCHER.epoch(epoch).forEach(b -> {
                for (int i : b) {
                    seen[i]++;
                }
            });
            for (int count : seen) {
                assertEquals(1, count);
            }
        }
        int covered = BATCHER.inLengthOrder().stream().mapToInt(b -> b.length).sum();
        assertEquals(BATCHER.size(), covered);
    }

    @Test
    void lengthBucketingPadsLessThanRandomBatches() {
        long padded = 0;
        long tokens = 0;
        for (int[] b : BATCHER.epoch(0)) {
            int longest = 0;
            for (int i : b) {
                longest = Math.max(longest, BATCHER.pair(i).target().length + 1);
                tokens += BATCHER.pair(i).target().length + 1;
            }
            padded += (long) longest * b.length;
        }
        assertTrue(tokens >= 0.85 * padded, "real " + tokens + " of " + padded + " padded target positions");
    }

    @Test
    void epochsAreReproducibleAndDiffer() {
        TokenBatcher again = new TokenBatcher(pairs(), new BatchingConfig(MAX_TOKENS, 42));
        List<int[]> a = BATCHER.epoch(1);
        List<int[]> b = again.epoch(1);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i));
        }
        assertNotEquals(asText(BATCHER.epoch(0)), asText(BATCHER.epoch(1)));
    }

    private static List<String> asText(List<int[]> batches) {
        return batches.stream().map(java.util.Arrays::toString).toList();
    }

    @Test
    void aStreamResumedFromItsPositionGivesTheSameBatches() {
        TokenBatchStream original = new TokenBatchStream(BATCHER, DataType.FLOAT, BatchPosition.START);
        int perEpoch = original.batchesPerEpoch();
        for (int i = 0; i < perEpoch - 3; i++) {
            original.nextIndices();
        }
        BatchPosition saved = original.position();
        assertEquals(new BatchPosition(0, perEpoch - 3), saved);
        TokenBatchStream resumed = new TokenBatchStream(BATCHER, DataType.FLOAT, saved);
        for (int i = 0; i < 10; i++) {
            assertEquals(original.position(), resumed.position());
            assertArrayEquals(original.nextIndices(), resumed.nextIndices());
        }
        assertEquals(1, original.position().epoch());
        Batch a = original.next();
        Batch b = resumed.next();
        assertEquals(a.sourceIds(), b.sourceIds());
        assertEquals(a.targetOutIds(), b.targetOutIds());
    }

    @Test
    void aPairOverTheBudgetIsRejected() {
        List<EncodedPair> tooLong = List.of(new EncodedPair(new int[10], new int[3]));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new TokenBatcher(tooLong, new BatchingConfig(8, 1)));
        assertEquals("pair 0 (10 source, 3 target tokens) does not fit max tokens 8; filter long pairs or raise the budget", e.getMessage());
    }
}
